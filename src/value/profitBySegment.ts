import { describeReceived } from "../_lib/describeReceived.ts";
import { isPlainObject } from "../_lib/isPlainObject.ts";
import { collectIssue, createIssueCollector } from "../_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import type { CustomerProfit } from "./customerProfit.ts";

/**
 * Options of {@link profitBySegment}.
 *
 * @example
 * ```ts
 * import type { ProfitBySegmentOptions } from "clientele/value";
 * const options: ProfitBySegmentOptions = { segments: { c1: "retail", c2: "trade" } };
 * ```
 * @category Profitability
 */
export interface ProfitBySegmentOptions {
  /** Segment per customer id; overrides the profits' own `segment` (from `record.customer.segment`). */
  readonly segments?: Readonly<Record<string, string>> | undefined;
}

/**
 * One segment's profitability (see {@link profitBySegment}).
 *
 * @example
 * ```ts
 * import type { SegmentProfit } from "clientele/value";
 * const s: Pick<SegmentProfit, "segment" | "profit"> = { segment: "retail", profit: 1200 };
 * ```
 * @category Profitability
 */
export interface SegmentProfit {
  /** The segment. */
  readonly segment: string;
  /** Its customers. */
  readonly customers: number;
  /** Sum of their revenue. */
  readonly revenue: number;
  /** Sum of their product cost. */
  readonly productCost: number;
  /** Sum of their cost to serve. */
  readonly costToServe: number;
  /** Sum of their profit. */
  readonly profit: number;
  /** profit / customers. */
  readonly profitPerCustomer: number;
  /** profit / revenue, when revenue > 0. */
  readonly profitMargin?: number | undefined;
  /** Customers with profit < 0. */
  readonly unprofitableCustomers: number;
}

const finite = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/**
 * Aggregates customer profits by segment: customers, revenue, product cost, cost to serve, profit, profit
 * per customer, margin and the number of unprofitable customers; segments by profit, most profitable first
 * (ties by name).
 *
 * @remarks
 * A customer's segment is `options.segments[customerId]`, else the profit's `segment`; a customer with
 * neither is `invalid_input` (never an unnamed bucket). Runs in O(n + s log s).
 *
 * @param profits - Customer profits ({@link customerProfits}' output).
 * @param options - Segments per customer.
 * @returns One row per segment.
 * @throws {@link ClienteleInputError} `invalid_input` at `profits[i]…` for a bad figure or a customer
 *   without a segment, at `options.segments` for a bad map.
 * @throws {@link ClienteleDomainError} `domain_error` if a sum overflows.
 * @example
 * ```ts
 * import { profitBySegment } from "clientele/value";
 * const row = (customerId: string, profit: number) => ({
 *   customerId, revenue: 100, productCost: 60, grossProfit: 40, costToServe: 40 - profit, profit,
 *   orders: 1, imputedCostCount: 0, lines: [],
 * });
 * const s = profitBySegment([row("a", 30), row("b", -10), row("c", 5)], { segments: { a: "trade", b: "trade", c: "retail" } });
 * s.map((x) => [x.segment, x.profit]); // => [["trade", 20], ["retail", 5]]
 * ```
 * @category Profitability
 */
export function profitBySegment(
  profits: readonly CustomerProfit[],
  options?: ProfitBySegmentOptions | undefined,
): readonly SegmentProfit[] {
  const fn = "profitBySegment";
  const bad = (path: (string | number)[], expected: string, value: unknown) => {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [{ code: "invalid_type", path, message: `expected ${expected}, received ${describeReceived(value)}` }],
    });
  };
  if (!Array.isArray(profits)) bad(["profits"], "an array of customer profits", profits);
  if (options !== undefined && !isPlainObject(options)) bad(["options"], "object", options);
  const segments = options?.segments;
  if (segments !== undefined && !isPlainObject(segments)) bad(["options", "segments"], "object", segments);
  const map = (segments ?? {}) as Record<string, unknown>;
  const issues = createIssueCollector();
  const acc = new Map<string, { c: number; r: number; pc: number; cts: number; p: number; u: number }>();
  for (let i = 0; i < profits.length; i++) {
    const p = profits[i] as unknown;
    if (!isPlainObject(p) || typeof p.customerId !== "string") {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: ["profits", i],
        message: `expected a customer profit, received ${describeReceived(p)}`,
      }));
      continue;
    }
    let ok = true;
    for (const key of ["revenue", "productCost", "costToServe", "profit"] as const) {
      if (!finite(p[key])) {
        ok = false;
        const v = p[key];
        collectIssue(issues, () => ({
          code: "invalid_type",
          path: ["profits", i, key],
          message: `expected finite number, received ${describeReceived(v)}`,
        }));
      }
    }
    const id = p.customerId;
    const segment = Object.hasOwn(map, id) ? map[id] : p.segment;
    if (typeof segment !== "string" || segment === "") {
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: Object.hasOwn(map, id) ? ["options", "segments", id] : ["profits", i, "segment"],
        message: `customer "${id}" has no segment; state it in record.customer.segment or options.segments`,
        expected: "non-empty segment label",
        received: describeReceived(segment),
      }));
      continue;
    }
    if (!ok) continue;
    let a = acc.get(segment);
    if (a === undefined) {
      a = { c: 0, r: 0, pc: 0, cts: 0, p: 0, u: 0 };
      acc.set(segment, a);
    }
    const profit = p.profit as number;
    a.c++;
    a.r += p.revenue as number;
    a.pc += p.productCost as number;
    a.cts += p.costToServe as number;
    a.p += profit;
    if (profit < 0) a.u++;
  }
  if (issues.count > 0)
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  const rows: SegmentProfit[] = [];
  for (const [segment, a] of acc) {
    if (!Number.isFinite(a.r + a.pc + a.cts + a.p)) {
      throw new ClienteleDomainError("domain_error", `${fn}: segment "${segment}"'s sums overflow the largest double`);
    }
    rows.push({
      segment,
      customers: a.c,
      revenue: a.r,
      productCost: a.pc,
      costToServe: a.cts,
      profit: a.p,
      profitPerCustomer: a.p / a.c,
      ...(a.r > 0 ? { profitMargin: a.p / a.r } : {}),
      unprofitableCustomers: a.u,
    });
  }
  rows.sort((x, y) => y.profit - x.profit || (x.segment < y.segment ? -1 : x.segment > y.segment ? 1 : 0));
  return rows;
}
