import { columnIssues } from "../../_lib/columnIssues.ts";
import { describeReceived } from "../../_lib/describeReceived.ts";
import { checkDistinctIds } from "../../_lib/duplicateIds.ts";
import { collectIssue, createIssueCollector, type IssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import { isMarkedDistinct } from "./distinctIdLists.ts";
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
 * ignored), or the same as columns `{ customerId, profit }` (other columns, such as a whole
 * {@link CustomerProfitColumns}, are ignored): each id a non-empty string, each profit finite, ids
 * distinct; then ranks it.
 *
 * @param fn - Public function name.
 * @param customers - The list or the columns as given (at path `customers`; `customers.profit[i]` for columns).
 * @returns The columns, the ranking and the total.
 * @throws {@link ClienteleInputError} `invalid_input` at `customers[i]…`.
 * @throws {@link ClienteleDomainError} `insufficient_data` for an empty list, `domain_error` if the total overflows.
 * @internal
 */
export function readProfitList(fn: string, customers: unknown): ProfitList {
  if (!Array.isArray(customers)) {
    if (typeof customers === "object" && customers !== null) return readProfitColumns(fn, customers);
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["customers"],
          message: `expected an array of { customerId, profit } or columns { customerId, profit }, received ${describeReceived(customers)}`,
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
  return rankProfits(fn, ids, profits, issues, (i) => ["customers", i, "customerId"]);
}

/** Validates `{ customerId, profit }` columns (no object per customer), then ranks them. */
function readProfitColumns(fn: string, columns: object): ProfitList {
  const record = columns as Record<string, unknown>;
  const shape = columnIssues(record, ["customerId", "profit"], ["customerId", "profit"], "customers", "ignore");
  if (shape.issues.length > 0) throw new ClienteleInputError(`${fn}: invalid input`, { issues: shape.issues });
  const n = shape.length ?? 0;
  if (n === 0) throw new ClienteleDomainError("insufficient_data", `${fn}: no customers`);
  const idColumn = record.customerId as ArrayLike<unknown>;
  const profitColumn = record.profit as ArrayLike<unknown>;
  const issues = createIssueCollector();
  const profits = new Float64Array(n);
  if (isMarkedDistinct(idColumn)) {
    // customerProfitColumns' ids: non-empty strings, distinct, frozen; only the profits need a check.
    for (let i = 0; i < n; i++) {
      const p = profitColumn[i];
      if (typeof p !== "number" || !Number.isFinite(p)) {
        collectIssue(issues, () => ({
          code: "invalid_type",
          path: ["customers", "profit", i],
          message: `expected finite number, received ${describeReceived(p)}`,
        }));
      } else profits[i] = p;
    }
    return rankProfits(fn, idColumn, profits, issues, undefined);
  }
  const ids: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const id = idColumn[i];
    const p = profitColumn[i];
    if (typeof id !== "string" || id === "") {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: ["customers", "customerId", i],
        message: `expected non-empty string, received ${describeReceived(id)}`,
      }));
      ids[i] = "";
    } else ids[i] = id;
    if (typeof p !== "number" || !Number.isFinite(p)) {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: ["customers", "profit", i],
        message: `expected finite number, received ${describeReceived(p)}`,
      }));
    } else profits[i] = p;
  }
  return rankProfits(fn, ids, profits, issues, (i) => ["customers", "customerId", i]);
}

/**
 * Throws the issues found, checks the ids are distinct (unless `idPath` is undefined: known distinct) and
 * the total finite, then ranks.
 */
function rankProfits(
  fn: string,
  ids: readonly string[],
  profits: Float64Array,
  issues: IssueCollector,
  idPath: ((i: number) => (string | number)[]) | undefined,
): ProfitList {
  const n = ids.length;
  if (issues.count > 0)
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  if (idPath !== undefined) checkDistinctIds(fn, ids, idPath);
  let total = 0;
  for (let i = 0; i < n; i++) total += profits[i]!;
  if (!Number.isFinite(total))
    throw new ClienteleDomainError("domain_error", `${fn}: the total profit overflows the largest double`);
  const order = rankByProfit(profits, ids);
  return { ids, profits, order, total };
}
