import { describeReceived } from "../../_lib/describeReceived.ts";
import { checkDistinctIds } from "../../_lib/duplicateIds.ts";
import { collectIssue, createIssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import { rankByProfit } from "./rankByProfit.ts";

/**
 * A validated `{ customerId, profit }[]` list as columns, with its ranking.
 *
 * @internal
 */
export interface ProfitList {
  /** The ids, in input order. */
  readonly ids: readonly string[];
  /** The profits, in input order. */
  readonly profits: Float64Array;
  /** Input indices ranked by profit, most profitable first, ties by id (so a permutation of the input ranks alike). */
  readonly order: Uint32Array;
  /** Sum of the profits. */
  readonly total: number;
}

/**
 * Reads a list of `{ customerId, profit }` (extra fields, such as a whole {@link CustomerProfit}, are
 * ignored): each a plain object with a non-empty string id and a finite profit, ids distinct; then ranks it.
 *
 * @param fn - Public function name.
 * @param customers - The list as given (at path `customers`).
 * @returns The columns, the ranking and the total.
 * @throws {@link ClienteleInputError} `invalid_input` at `customers[i]…`.
 * @throws {@link ClienteleDomainError} `insufficient_data` for an empty list, `domain_error` if the total overflows.
 * @internal
 */
export function readProfitList(fn: string, customers: unknown): ProfitList {
  if (!Array.isArray(customers)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["customers"],
          message: `expected an array of { customerId, profit }, received ${describeReceived(customers)}`,
        },
      ],
    });
  }
  const n = customers.length;
  if (n === 0) throw new ClienteleDomainError("insufficient_data", `${fn}: no customers`);
  const issues = createIssueCollector();
  const ids: string[] = new Array(n);
  const profits = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = customers[i] as Record<string, unknown> | null;
    if (typeof c !== "object" || c === null) {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: ["customers", i],
        message: `expected { customerId, profit }, received ${describeReceived(c)}`,
      }));
      ids[i] = "";
      continue;
    }
    const id = c.customerId;
    const p = c.profit;
    if (typeof id !== "string" || id === "") {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: ["customers", i, "customerId"],
        message: `expected non-empty string, received ${describeReceived(id)}`,
      }));
      ids[i] = "";
    } else ids[i] = id;
    if (typeof p !== "number" || !Number.isFinite(p)) {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: ["customers", i, "profit"],
        message: `expected finite number, received ${describeReceived(p)}`,
      }));
    } else profits[i] = p;
  }
  if (issues.count > 0)
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  checkDistinctIds(fn, ids, (i) => ["customers", i, "customerId"]);
  let total = 0;
  for (let i = 0; i < n; i++) total += profits[i]!;
  if (!Number.isFinite(total))
    throw new ClienteleDomainError("domain_error", `${fn}: the total profit overflows the largest double`);
  const order = rankByProfit(profits, ids);
  return { ids, profits, order, total };
}
