import { describeReceived } from "../../_lib/describeReceived.ts";
import { checkDistinctIds } from "../../_lib/duplicateIds.ts";
import { throwInvalidValue } from "../../_lib/invalidValue.ts";
import { collectIssue, createIssueCollector } from "../../_lib/issueCollector.ts";
import { isUnit, lengthInFitUnits } from "../../_lib/lengthInFitUnits.ts";
import { unknownKeysIssue } from "../../_lib/unknownKeysIssue.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { SummaryColumns } from "../../rfm/SummaryColumns.ts";
import type { SummaryRowInput } from "../../rfm/SummaryRowSchema.ts";
import type { TransactionSummary } from "../../rfm/TransactionSummary.ts";
import { type CustomerInput, isSummary, readCustomers } from "../_internal/readCustomers.ts";
import type { CountModel } from "../CountModelFit.ts";
import type { DiscountRate } from "../DiscountRate.ts";
import { expectedAverageSpendOf } from "../gammaGamma/_internal/expectedAverageSpendOf.ts";
import type { SpendModel } from "../gammaGamma/GammaGammaFit.ts";
import { conditionalExpectedPurchasesOf, probabilityAliveOf } from "../predictions/_internal/genericPredictions.ts";
import { readPredictionModel } from "../predictions/_internal/readPredictionModel.ts";
import {
  bootstrapInterval,
  type CountModelWithCovariance,
  type PredictionIntervalOptions,
} from "../uncertainty/predictionInterval.ts";
import { lifetimeValueOf } from "./_internal/lifetimeValueOf.ts";
import type { TimeLength } from "./TimeLength.ts";

/**
 * The numbers {@link scoreCustomers} can rank by.
 *
 * @example
 * ```ts
 * import type { CustomerScoreKey } from "clientele/clv";
 * const key: CustomerScoreKey = "lifetimeValue";
 * ```
 * @category Lifetime value
 */
export type CustomerScoreKey = "probabilityAlive" | "expectedPurchases" | "expectedSpend" | "lifetimeValue";

/**
 * The inputs of {@link scoreCustomers}: the customers, the fits, the horizon, and optionally the value
 * inputs, intervals, ranking and output form.
 *
 * @example
 * ```ts
 * import type { ScoreCustomersOptions } from "clientele/clv";
 * const options: ScoreCustomersOptions = {
 *   customers: [{ customerId: "0001", frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 }],
 *   countFit: { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
 *   horizon: 52,
 *   spendFit: { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } },
 *   discountRate: 0.0018,
 *   margin: 0.3,
 *   sortBy: "lifetimeValue",
 *   top: 10,
 * };
 * ```
 * @category Lifetime value
 */
export interface ScoreCustomersOptions {
  /**
   * The customers, each with a `customerId` (distinct; a repeated id is `invalid_input` at its second
   * occurrence): a `TransactionSummary` in `countFit.unit`, its rows, or {@link SummaryColumns}.
   * `monetaryValue` is needed with `spendFit` (where `frequency` > 0).
   */
  readonly customers: TransactionSummary | readonly SummaryRowInput[] | SummaryColumns;
  /** A fitted count model in continuous time (BG/NBD, MBG/NBD, Pareto/NBD); with `intervals`, with its covariance. */
  readonly countFit: CountModel | CountModelWithCovariance;
  /** How far ahead `expectedPurchases` (and `lifetimeValue`) look ({@link TimeLength}; a number is in `countFit.unit`). */
  readonly horizon: TimeLength;
  /** A spend model (Gamma-Gamma): adds `expectedSpend` and `lifetimeValue`; needs `discountRate` and `margin`. */
  readonly spendFit?: SpendModel | undefined;
  /** Discount rate of the lifetime value ({@link DiscountRate}); only with `spendFit`. */
  readonly discountRate?: DiscountRate | undefined;
  /** Profit margin in [0, 1] of the lifetime value; only with `spendFit`. */
  readonly margin?: number | undefined;
  /** Discounting period of the lifetime value (default one fit unit); only with `spendFit`. */
  readonly period?: TimeLength | undefined;
  /**
   * Adds 90% (or `level`) parameter-uncertainty intervals for P(alive) and expected purchases (parametric
   * bootstrap, as {@link probabilityAliveInterval}); `seed` is required. Needs `countFit.covariance`.
   */
  readonly intervals?: PredictionIntervalOptions | undefined;
  /** Ranks the customers by this number, highest first (unless `order: "ascending"`); ties keep input order. */
  readonly sortBy?: CustomerScoreKey | undefined;
  /** `"descending"` (default) or `"ascending"`; only with `sortBy`. */
  readonly order?: "descending" | "ascending" | undefined;
  /** Keeps only the first `top` customers after sorting (an integer ≥ 0); needs `sortBy`. */
  readonly top?: number | undefined;
  /** `"rows"` (default): one plain object per customer; `"columns"`: one plain array per field. */
  readonly form?: "rows" | "columns" | undefined;
}

/**
 * One customer's scores, as plain numbers (JSON round-trips it unchanged).
 *
 * @example
 * ```ts
 * import type { CustomerScore } from "clientele/clv";
 * const score: CustomerScore = { customerId: "0001", probabilityAlive: 0.73, expectedPurchases: 1.59 };
 * ```
 * @category Lifetime value
 */
export interface CustomerScore {
  /** The customer's id (numeric ids become strings). */
  readonly customerId: string;
  /** P(alive) at the end of observation. */
  readonly probabilityAlive: number;
  /** Expected purchases over the horizon. */
  readonly expectedPurchases: number;
  /** Expected spend per purchase (with `spendFit`). */
  readonly expectedSpend?: number;
  /** Discounted expected margin over the horizon (with `spendFit`), as {@link customerLifetimeValue}. */
  readonly lifetimeValue?: number;
  /** Lower bound of the P(alive) interval (with `intervals`). */
  readonly probabilityAliveLower?: number;
  /** Upper bound of the P(alive) interval (with `intervals`). */
  readonly probabilityAliveUpper?: number;
  /** Lower bound of the expected-purchases interval (with `intervals`). */
  readonly expectedPurchasesLower?: number;
  /** Upper bound of the expected-purchases interval (with `intervals`). */
  readonly expectedPurchasesUpper?: number;
}

/**
 * The scores as columns: plain arrays (not typed arrays, so JSON keeps them arrays), entry k of each
 * being the k-th customer of the table (after sorting and `top`). Optional columns are present exactly
 * when their fields are in {@link CustomerScore}.
 *
 * @example
 * ```ts
 * import type { CustomerScoreColumns } from "clientele/clv";
 * const columns: CustomerScoreColumns = { customerId: ["0001"], probabilityAlive: [0.73], expectedPurchases: [1.59] };
 * ```
 * @category Lifetime value
 */
export type CustomerScoreColumns = {
  readonly [K in keyof CustomerScore]: CustomerScore[K] extends string ? string[] : number[];
};

const OPTION_KEYS = [
  "customers",
  "countFit",
  "horizon",
  "spendFit",
  "discountRate",
  "margin",
  "period",
  "intervals",
  "sortBy",
  "order",
  "top",
  "form",
];
const SORT_KEYS: readonly string[] = ["probabilityAlive", "expectedPurchases", "expectedSpend", "lifetimeValue"];

/**
 * One call from customer summaries and fitted models to a table of customers: each customer's id,
 * P(alive), expected purchases over a horizon, and with a spend model their expected spend and lifetime
 * value, with parameter-uncertainty intervals when asked, ranked and cut to the top n when asked. The
 * numbers are those of {@link probabilityAlive}, {@link conditionalExpectedPurchases},
 * {@link expectedAverageSpend}, {@link customerLifetimeValue} and the interval functions, customer by
 * customer.
 *
 * @remarks
 * The result is plain data: an array of {@link CustomerScore} objects (`form: "rows"`, the default) or an
 * object of plain arrays ({@link CustomerScoreColumns}, `form: "columns"`), never typed arrays, so
 * `JSON.parse(JSON.stringify(scores))` gives back an equal value. Without `sortBy` customers keep their
 * input order (a `TransactionSummary`'s row order); `sortBy` ranks by one number (highest first, ties in
 * input order) and `top` keeps the first n.
 *
 * Times are in `countFit.unit`: a `TransactionSummary` must record that unit (`invalid_input` at
 * `customers.metadata.unit` otherwise), and `horizon` is a number in it or an exactly convertible
 * `{ length, unit }`. `expectedPurchases` is the conditional expectation over (T, T + horizon];
 * `lifetimeValue` is {@link customerLifetimeValue}'s discrete-period sum over the same horizon. Intervals
 * come from one parametric bootstrap per quantity on the count model's covariance (same seed, same
 * draws); they do not include the spend model's uncertainty, and there is none for the lifetime value.
 *
 * Cost: that of the functions above on columns, plus `draws` evaluations per customer for each interval;
 * customer ids are checked for repeats in one pass.
 *
 * @param options - Customers, fits, horizon, value inputs, intervals, ranking and form
 *   ({@link ScoreCustomersOptions}).
 * @returns The table: rows (default) or columns.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad or repeated customer id (path
 *   `customers[3].customerId` or `customers.customerId[3]`), a bad customer value (`customers[3].T`), a
 *   summary in another unit than the fit's, a BG/BB fit, a bad or unknown option, `discountRate` or
 *   `margin` without `spendFit` (or `spendFit` without them), `top` without `sortBy`, or sorting by a value
 *   that was not computed.
 * @throws {@link ClienteleDomainError} `domain_error` for impossible customers (recency > T) or values
 *   that cannot be evaluated.
 * @example
 * ```ts
 * import { scoreCustomers } from "clientele/clv";
 * const top = scoreCustomers({
 *   customers: [
 *     { customerId: "0001", frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 },
 *     { customerId: "0002", frequency: 1, recency: 1.71, T: 38.86, monetaryValue: 11.77 },
 *     { customerId: "0003", frequency: 0, recency: 0, T: 38.86, monetaryValue: 0 },
 *   ],
 *   countFit: { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
 *   horizon: 52,
 *   spendFit: { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } },
 *   discountRate: 0.0018, // per week
 *   margin: 0.3,
 *   sortBy: "lifetimeValue",
 *   top: 2,
 * });
 * top.map((s) => s.customerId); // => ["0001", "0003"]
 * top[0]!.lifetimeValue!.toFixed(2); // => "11.04"
 * ```
 * @see {@link customerLifetimeValue}, {@link probabilityAlive}, {@link conditionalExpectedPurchases}
 * @category Lifetime value
 */
export function scoreCustomers(
  options: ScoreCustomersOptions & { readonly form?: "rows" | undefined },
): CustomerScore[];
export function scoreCustomers(options: ScoreCustomersOptions & { readonly form: "columns" }): CustomerScoreColumns;
export function scoreCustomers(options: ScoreCustomersOptions): CustomerScore[] | CustomerScoreColumns;
export function scoreCustomers(options: ScoreCustomersOptions): CustomerScore[] | CustomerScoreColumns {
  const fn = "scoreCustomers";
  if (typeof options !== "object" || options === null) {
    throwInvalidValue(
      fn,
      ["options"],
      `expected object, received ${describeReceived(options)}`,
      "object",
      describeReceived(options),
    );
  }
  const unknown = unknownKeysIssue(options, OPTION_KEYS, []);
  if (unknown !== undefined) throw new ClienteleInputError(`${fn}: invalid input`, { issues: [unknown] });
  const { customers, countFit, horizon, spendFit, discountRate, margin, period, intervals, sortBy, order, top, form } =
    options;
  const { kernels, unit } = readPredictionModel(fn, countFit, ["countFit"]);
  if (kernels.timeAxis !== "fit-unit") {
    throwInvalidValue(
      fn,
      ["countFit", "model"],
      `expected a count model in continuous time, received a "${kernels.model}" fit (use probabilityAlive and conditionalExpectedPurchases with patterns)`,
      "a count model in continuous time",
      JSON.stringify(kernels.model),
    );
  }
  if (!isUnit(unit)) {
    throwInvalidValue(
      fn,
      ["countFit", "unit"],
      `expected the fit's time unit, received ${describeReceived(unit)}`,
      "time unit",
      describeReceived(unit),
    );
  }
  checkOptions(fn, spendFit !== undefined, { discountRate, margin, period, sortBy, order, top, form });
  const H = lengthInFitUnits(fn, horizon, unit, "horizon");
  const input = readScoredCustomers(fn, customers, spendFit !== undefined, unit);
  const customerId = readIds(fn, input);
  const n = customerId.length;
  const columns: Record<string, ArrayLike<number>> = {
    probabilityAlive: probabilityAliveOf(fn, countFit, input) as Float64Array,
    expectedPurchases: conditionalExpectedPurchasesOf(fn, countFit, H, input) as Float64Array,
  };
  if (spendFit !== undefined) {
    columns.expectedSpend = expectedAverageSpendOf(fn, spendFit, input) as Float64Array;
    const value = { countFit, spendFit, customers: undefined as never, horizon: H, discountRate, margin, period };
    columns.lifetimeValue = lifetimeValueOf(fn, value as never, input) as Float64Array;
  }
  if (intervals !== undefined) {
    const paths = { fit: ["countFit"], options: ["intervals"] };
    const fit = countFit as CountModelWithCovariance;
    const alive = bootstrapInterval(fn, fit, (m) => probabilityAliveOf(fn, m, input) as Float64Array, intervals, paths);
    const purchases = bootstrapInterval(
      fn,
      fit,
      (m) => conditionalExpectedPurchasesOf(fn, m, H, input) as Float64Array,
      intervals,
      paths,
    );
    columns.probabilityAliveLower = alive.lower;
    columns.probabilityAliveUpper = alive.upper;
    columns.expectedPurchasesLower = purchases.lower;
    columns.expectedPurchasesUpper = purchases.upper;
  }
  const indices = rank(n, sortBy === undefined ? undefined : columns[sortBy]!, order === "ascending", top);
  const keys = Object.keys(columns);
  if (form === "columns") {
    const out: Record<string, unknown[]> = { customerId: indices.map((i) => customerId[i]!) };
    for (const key of keys) {
      const column = columns[key]!;
      out[key] = indices.map((i) => column[i]!);
    }
    return out as unknown as CustomerScoreColumns;
  }
  return indices.map((i) => {
    const row: Record<string, unknown> = { customerId: customerId[i] };
    for (const key of keys) row[key] = columns[key]![i];
    return row as unknown as CustomerScore;
  });
}

/** The customer indices in output order: input order, or sorted by `values` (stable), cut to `top`. */
function rank(n: number, values: ArrayLike<number> | undefined, ascending: boolean, top: number | undefined): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  if (values !== undefined) {
    order.sort(ascending ? (a, b) => values[a]! - values[b]! : (a, b) => values[b]! - values[a]!);
  }
  return top === undefined || top >= n ? order : order.slice(0, top);
}

/** Checks the options that depend on one another (value inputs only with a spend model, top with sortBy). */
function checkOptions(
  fn: string,
  valued: boolean,
  o: Pick<ScoreCustomersOptions, "discountRate" | "margin" | "period" | "sortBy" | "order" | "top" | "form">,
): void {
  const issues = createIssueCollector();
  const add = (path: string, message: string, expected: string, value: unknown): void =>
    collectIssue(issues, () => ({
      code: "invalid_value",
      path: [path],
      message,
      expected,
      received: describeReceived(value),
    }));
  for (const [key, value] of [
    ["discountRate", o.discountRate],
    ["margin", o.margin],
    ["period", o.period],
  ] as const) {
    if (!valued && value !== undefined) {
      add(
        key,
        `${key} values customers, which needs spendFit; give spendFit or leave ${key} out`,
        "undefined without spendFit",
        value,
      );
    }
    if (valued && value === undefined && key !== "period") {
      add(
        key,
        `expected ${key} with spendFit (the lifetime value needs it), received undefined`,
        key === "margin" ? "number in [0, 1]" : "a discount rate",
        value,
      );
    }
  }
  if (o.sortBy !== undefined && !SORT_KEYS.includes(o.sortBy as string)) {
    add(
      "sortBy",
      `expected ${SORT_KEYS.map((k) => `"${k}"`).join(" | ")}, received ${describeReceived(o.sortBy)}`,
      "a score name",
      o.sortBy,
    );
  } else if (!valued && (o.sortBy === "expectedSpend" || o.sortBy === "lifetimeValue")) {
    add("sortBy", `cannot sort by ${o.sortBy} without spendFit`, '"probabilityAlive" | "expectedPurchases"', o.sortBy);
  }
  if (o.order !== undefined && o.order !== "descending" && o.order !== "ascending") {
    add(
      "order",
      `expected "descending" or "ascending", received ${describeReceived(o.order)}`,
      '"descending" | "ascending"',
      o.order,
    );
  }
  if (o.top !== undefined) {
    if (!(typeof o.top === "number" && Number.isSafeInteger(o.top) && o.top >= 0)) {
      add("top", `expected an integer ≥ 0, received ${describeReceived(o.top)}`, "integer ≥ 0", o.top);
    } else if (o.sortBy === undefined) {
      add("top", "top keeps the first customers of a ranking; give sortBy too", "with sortBy", o.top);
    }
  }
  if (o.form !== undefined && o.form !== "rows" && o.form !== "columns") {
    add("form", `expected "rows" or "columns", received ${describeReceived(o.form)}`, '"rows" | "columns"', o.form);
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
}

/** Reads the customers (many of them, with ids) through the one reader, in the fit's unit. */
function readScoredCustomers(fn: string, customers: unknown, valued: boolean, unit: string): CustomerInput {
  const one =
    typeof customers === "object" &&
    customers !== null &&
    !Array.isArray(customers) &&
    !isSummary(customers) &&
    typeof (customers as { frequency?: unknown }).frequency !== "object";
  if (one || typeof customers !== "object" || customers === null) {
    const received = describeReceived(customers);
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["customers"],
          message: `expected a TransactionSummary, summary rows or summary columns (with customerId), received ${received}`,
          expected: "array | object",
          received,
        },
      ],
    });
  }
  const fields = ["customerId", "frequency", "recency", "T"];
  if (valued) fields.push("monetaryValue");
  return readCustomers(fn, customers, fields, "customers", { fitUnit: unit });
}

/** The customer ids: non-empty strings or integers ≥ 0 (as strings), distinct. */
function readIds(fn: string, input: CustomerInput): string[] {
  const column = (input.customers as { customerId?: unknown; frequency?: ArrayLike<unknown> }).customerId;
  const n = (input.customers as { frequency?: { length?: unknown } }).frequency?.length;
  const length = typeof n === "number" ? n : 0;
  const issues = createIssueCollector();
  const ids: string[] = new Array(length);
  const values = (typeof column === "object" && column !== null ? column : []) as ArrayLike<unknown>;
  if (column === undefined || typeof column !== "object" || column === null || values.length !== length) {
    if (!input.rows) {
      throwInvalidValue(
        fn,
        ["customers", "customerId"],
        `expected a customerId column as long as frequency, received ${describeReceived(column)}`,
        "array-like column",
        describeReceived(column),
      );
    }
  }
  for (let i = 0; i < length; i++) {
    const id = values[i];
    if (typeof id === "string" && id.length > 0) ids[i] = id;
    else if (typeof id === "number" && Number.isSafeInteger(id) && id >= 0) ids[i] = String(id);
    else {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: input.at("customerId", i),
        message: `expected a customer id (non-empty string or integer ≥ 0), received ${describeReceived(id)}`,
        expected: "string | integer ≥ 0",
        received: describeReceived(id),
      }));
    }
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  checkDistinctIds(fn, ids, (i) => input.at("customerId", i));
  return ids;
}
