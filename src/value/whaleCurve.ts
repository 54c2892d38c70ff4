import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import { checkFiniteFigures } from "./_internal/checkFiniteFigures.ts";
import { readProfitList } from "./_internal/readProfitList.ts";

/**
 * One customer's profit, the input of {@link whaleCurve} and {@link customerPyramid} (a
 * {@link CustomerProfit} fits, its other fields are ignored).
 *
 * @example
 * ```ts
 * import type { ProfitOfCustomer } from "clientele/value";
 * const p: ProfitOfCustomer = { customerId: "c1", profit: 120 };
 * ```
 * @category Profitability
 */
export interface ProfitOfCustomer {
  /** The customer, unique in the list. */
  readonly customerId: string;
  /** Their profit over the period, finite (negative for a customer who destroys profit). */
  readonly profit: number;
}

/**
 * {@link ProfitOfCustomer} as columns, the fast input of {@link whaleCurve} and {@link customerPyramid}:
 * element `i` of each column is customer `i`. Other columns are ignored, so a whole
 * {@link CustomerProfitColumns} fits.
 *
 * @example
 * ```ts
 * import type { ProfitOfCustomerColumns } from "clientele/value";
 * const base: ProfitOfCustomerColumns = { customerId: ["a", "b"], profit: Float64Array.of(120, -20) };
 * ```
 * @category Profitability
 */
export interface ProfitOfCustomerColumns {
  /** The customers, unique. */
  readonly customerId: ArrayLike<string>;
  /** Their profits, finite. */
  readonly profit: ArrayLike<number>;
}

/**
 * One point of the whale curve: after the top `customerShare` of customers, the share of total profit earned.
 *
 * @example
 * ```ts
 * import type { WhaleCurvePoint } from "clientele/value";
 * const p: WhaleCurvePoint = { customerShare: 0.2, profitShare: 1.5 };
 * ```
 * @category Profitability
 */
export interface WhaleCurvePoint {
  /** k / n: the share of customers counted, most profitable first. */
  readonly customerShare: number;
  /** Their cumulative profit / total profit. */
  readonly profitShare: number;
}

/**
 * The whale curve of a customer base (see {@link whaleCurve}).
 *
 * @example
 * ```ts
 * import type { WhaleCurve } from "clientele/value";
 * const w: Pick<WhaleCurve, "totalProfit" | "peakProfitShare"> = { totalProfit: 100, peakProfitShare: 1.6 };
 * ```
 * @category Profitability
 */
export interface WhaleCurve {
  /** n + 1 points: `{ 0, 0 }`, then one after each customer, ranked by profit (the last is `{ 1, 1 }`). */
  readonly points: readonly WhaleCurvePoint[];
  /** Sum of the profits, > 0. */
  readonly totalProfit: number;
  /** The curve's maximum: the profit of the profitable customers / total profit (≥ 1; 2 = 200%). */
  readonly peakProfitShare: number;
  /** The customer share at the maximum: the share of customers with profit > 0. */
  readonly peakCustomerShare: number;
  /** Sum of the positive profits (the peak, as an amount). */
  readonly profitEarned: number;
  /** −(sum of the negative profits): the profit the unprofitable customers destroy (≥ 0). */
  readonly profitDestroyed: number;
  /** Customers ranked, most profitable first (ties by id), as ids. */
  readonly ranking: readonly string[];
  /** Customers counted. */
  readonly customers: number;
  /** Customers with profit < 0. */
  readonly unprofitableCustomers: number;
}

/**
 * The whale curve: cumulative profit as a share of total profit against the share of customers, ranked
 * from most to least profitable. It rises above 100% while profitable customers are added and falls back
 * to 100% as the unprofitable ones destroy part of it, the hump of a whale.
 *
 * @remarks
 * Kaplan & Cooper (1998), *Cost & Effect*, ch. 10; Kaplan & Narayanan (2001). A typical finding is that
 * the most profitable 20% of customers earn 150–300% of the total profit; `peakProfitShare` is that
 * figure for this base. Ties in profit rank by id, so the curve does not depend on the input's order.
 * Runs in O(n) (a radix sort on the profits). For a large base, pass columns
 * ({@link customerProfitColumns}' output) rather than one object per customer.
 *
 * @param customers - One `{ customerId, profit }` per customer (e.g. {@link customerProfits}' output), or
 *   the same as columns ({@link ProfitOfCustomerColumns}).
 * @returns The points, the total and the peak.
 * @throws {@link ClienteleInputError} `invalid_input` at `customers[i]…` (columns: `customers.profit[i]`) for a
 *   bad id or profit, or a repeated id.
 * @throws {@link ClienteleDomainError} `insufficient_data` for an empty list; `domain_error` when the total
 *   profit is ≤ 0 (the shares would divide by it).
 * @example
 * ```ts
 * import { whaleCurve } from "clientele/value";
 * const w = whaleCurve([
 *   { customerId: "a", profit: 120 },
 *   { customerId: "b", profit: 60 },
 *   { customerId: "c", profit: -20 },
 *   { customerId: "d", profit: -60 },
 * ]);
 * w.totalProfit; // => 100
 * w.peakProfitShare; // => 1.8
 * w.points.map((p) => p.profitShare); // => [0, 1.2, 1.8, 1.6, 1]
 * ```
 * @category Profitability
 */
export function whaleCurve(customers: readonly ProfitOfCustomer[] | ProfitOfCustomerColumns): WhaleCurve {
  const fn = "whaleCurve";
  const { ids, profits, order, total } = readProfitList(fn, customers);
  if (!(total > 0)) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: total profit is ${total}, not > 0, so profit shares are undefined; the whale curve needs a profitable base (rank the customers by profit instead)`,
    );
  }
  const n = order.length;
  const points: WhaleCurvePoint[] = new Array(n + 1);
  const ranking: string[] = new Array(n);
  points[0] = { customerShare: 0, profitShare: 0 };
  let cum = 0;
  let earned = 0;
  let destroyed = 0;
  let positive = 0;
  let unprofitable = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const p = profits[i]!;
    cum += p;
    if (p > 0) {
      earned += p;
      positive++;
    } else if (p < 0) {
      destroyed -= p;
      unprofitable++;
    }
    ranking[k] = ids[i]!;
    points[k + 1] = { customerShare: (k + 1) / n, profitShare: k === n - 1 ? 1 : cum / total };
  }
  checkFiniteFigures(fn, { profitEarned: earned, profitDestroyed: destroyed });
  return {
    points,
    totalProfit: total,
    peakProfitShare: earned / total,
    peakCustomerShare: positive / n,
    profitEarned: earned,
    profitDestroyed: destroyed,
    ranking,
    customers: n,
    unprofitableCustomers: unprofitable,
  };
}
