import { describeReceived } from "../../_lib/describeReceived.ts";
import { collectIssue, createIssueCollector } from "../../_lib/issueCollector.ts";
import {
  ClienteleDomainError,
  type ClienteleError,
  ClienteleInputError,
  isClienteleError,
} from "../../errors/ClienteleError.ts";
import { type TimeUnit, timeUnits } from "../../time/TimeUnitSchema.ts";
import { exactUnitFactor } from "../_internal/exactUnitFactor.ts";
import { throwInvalidValue } from "../_internal/invalidValue.ts";
import { mapCustomers } from "../_internal/mapCustomers.ts";
import { resolveDiscountRate } from "../_internal/resolveDiscountRate.ts";
import type { CountModel } from "../CountModelFit.ts";
import type { CustomerHistory, CustomerHistoryColumns } from "../CustomerHistory.ts";
import { expectedAverageSpend } from "../gammaGamma/expectedAverageSpend.ts";
import type { SpendHistory, SpendHistoryColumns } from "../gammaGamma/SpendHistory.ts";
import { readPredictionModel } from "../predictions/_internal/readPredictionModel.ts";
import { conditionalExpectedPurchases } from "../predictions/conditionalExpectedPurchases.ts";
import { discountedExpectedResidualPurchases } from "../predictions/discountedExpectedResidualPurchases.ts";
import type { CustomerLifetimeValueOptions } from "./CustomerLifetimeValueOptions.ts";

const MAX = Number.MAX_VALUE;
/** Largest number of discounting periods (each costs one pass of conditionalExpectedPurchases). */
const MAX_PERIODS = 100_000;

function isUnit(u: unknown): u is TimeUnit {
  return typeof u === "string" && (timeUnits as readonly string[]).includes(u);
}

/** A TimeLength in the fit's unit, exact conversions only. */
function lengthInFitUnits(fn: string, value: unknown, fitUnit: TimeUnit, key: string): number {
  if (typeof value === "number") {
    if (!(value >= 0 && value <= MAX))
      throwInvalidValue(
        fn,
        [key],
        `expected finite number ≥ 0 (in ${fitUnit}s, the fit's unit), received ${value}`,
        "finite number ≥ 0",
        String(value),
      );
    return value;
  }
  if (typeof value !== "object" || value === null) {
    throwInvalidValue(
      fn,
      [key],
      `expected number (in the fit's unit) or { length, unit }, received ${describeReceived(value)}`,
      "number | { length, unit }",
      describeReceived(value),
    );
  }
  const { length, unit } = value as { length?: unknown; unit?: unknown };
  if (!(typeof length === "number" && length >= 0 && length <= MAX)) {
    throwInvalidValue(
      fn,
      [key, "length"],
      `expected finite number ≥ 0, received ${describeReceived(length)}`,
      "finite number ≥ 0",
      describeReceived(length),
    );
  }
  if (!isUnit(unit)) {
    throwInvalidValue(
      fn,
      [key, "unit"],
      `expected a time unit ("day" | "week" | "month" | "quarter" | "year"), received ${describeReceived(unit)}`,
      "time unit",
      describeReceived(unit),
    );
  }
  const factor = exactUnitFactor(unit, fitUnit);
  if (factor === undefined) {
    throwInvalidValue(
      fn,
      [key, "unit"],
      `cannot convert ${unit}s to ${fitUnit}s (the fit's unit) exactly; give the ${key} in ${fitUnit}s`,
      `a unit convertible exactly to ${fitUnit}`,
      JSON.stringify(unit),
    );
  }
  return length * factor;
}

/** Re-issues an error of a prediction function under this function's name. */
function rename(fn: string, error: unknown): unknown {
  if (!isClienteleError(error)) return error;
  const e = error as ClienteleError;
  const summary = `${fn}: ${(e.message.split("\n")[0] ?? "").replace(/^[A-Za-z]+: /, "")}`;
  if (e.code === "invalid_input") return new ClienteleInputError(summary, { issues: e.issues, cause: e });
  if (e.code === "not_converged" || e.code === "aborted") return e;
  return new ClienteleDomainError(e.code, summary, { issues: e.issues, cause: e });
}

/** margin · spend[i] · amount[i] into `amount`, checked finite; a number for one customer. */
function finish(
  fn: string,
  margin: number,
  spend: Float64Array,
  amount: Float64Array,
  single: boolean,
): number | Float64Array {
  const issues = createIssueCollector();
  for (let i = 0; i < amount.length; i++) {
    const value = margin * spend[i]! * amount[i]!;
    if (!(value > -MAX && value <= MAX)) {
      collectIssue(issues, () => ({
        code: "domain_error",
        path: ["customers", i],
        message: `CLV is ${value}, not a finite number`,
      }));
    }
    amount[i] = Math.max(value, 0);
  }
  if (issues.count > 0) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: the value of ${issues.count} customer(s) could not be evaluated`,
      { issues: issues.list, issueCount: issues.count },
    );
  }
  return single ? amount[0]! : amount;
}

/** margin · E[spend] · DERT at the compound rate d per fit unit (Pareto/NBD, infinite horizon). */
function closedFormValue(
  fn: string,
  model: CountModel,
  spendFit: CustomerLifetimeValueOptions["spendFit"],
  customers: CustomerLifetimeValueOptions["customers"],
  d: number,
  margin: number,
): number | Float64Array {
  if (!(d > 0)) {
    throwInvalidValue(
      fn,
      ["discountRate"],
      `"closed-form" needs a discount rate > 0 (over an infinite horizon an undiscounted sum has no finite value when s ≤ 1), received ${d}`,
      "> 0",
      String(d),
    );
  }
  mapCustomers(fn, customers, () => 0, false);
  const single = typeof (customers as { frequency?: unknown }).frequency === "number";
  let spend: number | Float64Array;
  let dert: number | Float64Array;
  try {
    spend = expectedAverageSpend(spendFit, customers as SpendHistory);
    dert = discountedExpectedResidualPurchases(model, customers as CustomerHistory, { discountRate: d });
  } catch (error) {
    throw rename(fn, error);
  }
  const spendColumn = typeof spend === "number" ? Float64Array.of(spend) : spend;
  const amount = typeof dert === "number" ? Float64Array.of(dert) : dert;
  return finish(fn, margin, spendColumn, amount, single);
}

/**
 * Customer lifetime value: each customer's discounted expected margin from a count model (expected
 * purchases) and a spend model (expected spend per purchase). By default over a finite horizon,
 * Σ_{k=1..K} margin · E[spend] · (E[Y(kΔ)] − E[Y((k − 1)Δ)]) / (1 + d_Δ)^k; for Pareto/NBD also in closed
 * form over an infinite horizon, margin · E[spend] · DERT (`method: "closed-form"`). Pass one customer for
 * a number, or columns for a `Float64Array` aligned with them.
 *
 * @remarks
 * **`method: "discrete"` (default): the discrete-period sum** (as lifetimes' `customer_lifetime_value`
 * and the other peers do).
 * The horizon H is cut into K = H/Δ periods of length Δ (`period`, default one fit unit; H must be a
 * multiple of Δ). The purchases expected in period k, E[Y(kΔ)] − E[Y((k − 1)Δ)], come from
 * {@link conditionalExpectedPurchases} (so it works for every count model it knows), each valued at
 * {@link expectedAverageSpend} × `margin` and **discounted at the end of its period**: by (1 + d_Δ)^k,
 * with d_Δ = (1 + d)^Δ − 1 the compound rate per period and d the rate per fit unit. The spend model is
 * taken as independent of the count model (the Gamma-Gamma assumption; see
 * `fit.frequencyMonetaryCorrelation`).
 *
 * **Units are explicit.** Every time is in `countFit.unit` unless given as `{ length, unit }`; a rate as
 * `{ rate, per }` is converted to the equivalent compound rate per fit unit ({@link DiscountRate}: 10% a
 * year is 0.797…% a month). Conversions are made only where exact (week = 7 days; year = 12 months =
 * 4 quarters); weeks against months or years are rejected with `invalid_input` (there is no "52 weeks a
 * year" or "30 days a month" anywhere): give the rate per fit unit.
 *
 * Cost: K passes of {@link conditionalExpectedPurchases} over the customers (a few ms per period for
 * 10,000 BG/NBD customers), with no allocation per customer beyond one array per period.
 *
 * **`method: "closed-form"`: margin × E[spend] × DERT**, with DERT from
 * {@link discountedExpectedResidualPurchases} (Fader, Hardie & Lee 2005, "RFM and CLV", eq. 2): every
 * future purchase, over an **infinite horizon**, discounted **continuously** by e^(−δt). Only for Pareto/NBD
 * fits (another model is `invalid_input` at `method`); `horizon` and `period` must be omitted
 * (`invalid_input` at `horizon` or `period`: there is no finite horizon and no period), and the rate must be
 * > 0 (at a zero rate the sum has no finite value when s ≤ 1). The compound rate d per fit unit (after the
 * exact unit conversion above) is passed to {@link discountedExpectedResidualPurchases}, which discounts
 * continuously at **δ = ln(1 + d) per fit unit**, the rate that discounts a whole fit unit by the same
 * 1/(1 + d); nothing else is converted. The discrete sum with
 * short periods over a long horizon approaches it from below: end-of-period discounting costs about half a
 * period of discount, a relative δΔ/2 (test/clv/lifetimeValue/customerLifetimeValue.test.ts).
 *
 * @param options - Count and spend fits, customers, horizon, discount rate, margin, period, method
 *   ({@link CustomerLifetimeValueOptions}).
 * @returns CLV ≥ 0 in the currency of the spend data: a number, or a `Float64Array` for columns (entry i
 *   is customer i of the columns).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, customer value (path
 *   `customer.monetaryValue[3]`), horizon, period, rate, margin or method, a horizon that is not a multiple
 *   of the period, a unit that cannot be converted exactly to the fit's (path `discountRate.per`), and for
 *   `"closed-form"`: a model other than Pareto/NBD (path `method`), a horizon or period given (paths
 *   `horizon`, `period`) or a zero rate (path `discountRate`).
 * @throws {@link ClienteleDomainError} `domain_error` for impossible customers (recency > T), a spend model
 *   with q ≤ 1, or a value that cannot be evaluated.
 * @example
 * ```ts
 * import { customerLifetimeValue } from "clientele/clv";
 * const clv = customerLifetimeValue({
 *   countFit: { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
 *   spendFit: { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } },
 *   customers: { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 },
 *   horizon: { length: 52, unit: "week" },
 *   discountRate: 0.0018, // per week
 *   margin: 0.3,
 * });
 * clv.toFixed(2); // => "11.04"
 * const closedForm = customerLifetimeValue({
 *   countFit: { model: "pareto-nbd", params: { r: 0.5533, alpha: 10.5776, s: 0.6061, beta: 11.6659 }, unit: "week" },
 *   spendFit: { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } },
 *   customers: { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 },
 *   method: "closed-form", // infinite horizon, continuous discounting at δ = ln(1.0018) per week
 *   discountRate: 0.0018, // per week
 *   margin: 0.3,
 * });
 * closedForm.toFixed(2); // => "61.03"
 * ```
 * @see {@link conditionalExpectedPurchases}, {@link expectedAverageSpend}, {@link discountedExpectedResidualPurchases}
 * @category Lifetime value
 */
export function customerLifetimeValue(options: CustomerLifetimeValueOptions<CustomerHistory & SpendHistory>): number;
export function customerLifetimeValue(
  options: CustomerLifetimeValueOptions<CustomerHistoryColumns & SpendHistoryColumns>,
): Float64Array;
export function customerLifetimeValue(options: CustomerLifetimeValueOptions): number | Float64Array {
  const fn = "customerLifetimeValue";
  if (typeof options !== "object" || options === null) {
    throwInvalidValue(
      fn,
      ["options"],
      `expected object, received ${describeReceived(options)}`,
      "object",
      describeReceived(options),
    );
  }
  const { countFit, spendFit, customers, horizon, discountRate, margin, period, method } = options;
  const { kernels } = readPredictionModel(fn, countFit, ["countFit"]);
  if (kernels.timeAxis !== "fit-unit") {
    throwInvalidValue(
      fn,
      ["countFit", "model"],
      `expected a count model in continuous time (customers { frequency, recency, T }), received a "${kernels.model}" fit, whose times are opportunities`,
      "a count model in continuous time",
      JSON.stringify(kernels.model),
    );
  }
  const model = countFit;
  if (method !== undefined && method !== "discrete" && method !== "closed-form") {
    throwInvalidValue(
      fn,
      ["method"],
      `expected "discrete" or "closed-form", received ${describeReceived(method)}`,
      '"discrete" | "closed-form"',
      describeReceived(method),
    );
  }
  const closedForm = method === "closed-form";
  if (closedForm && kernels.discountedResidualPurchases === undefined) {
    throwInvalidValue(
      fn,
      ["method"],
      `"closed-form" (DERT) is only available for Pareto/NBD fits, received a "${kernels.model}" fit; use "discrete" with a horizon`,
      "a Pareto/NBD fit",
      JSON.stringify(kernels.model),
    );
  }
  const fitUnit = (countFit as { unit?: unknown }).unit;
  if (!isUnit(fitUnit)) {
    throwInvalidValue(
      fn,
      ["countFit", "unit"],
      `expected the fit's time unit, received ${describeReceived(fitUnit)}`,
      "time unit",
      describeReceived(fitUnit),
    );
  }
  if (!(typeof margin === "number" && margin >= 0 && margin <= 1)) {
    throwInvalidValue(
      fn,
      ["margin"],
      `expected number in [0, 1] (the share of spend that is profit), received ${describeReceived(margin)}`,
      "number in [0, 1]",
      describeReceived(margin),
    );
  }
  if (closedForm) {
    for (const [key, value] of [
      ["horizon", horizon],
      ["period", period],
    ] as const) {
      if (value !== undefined) {
        throwInvalidValue(
          fn,
          [key],
          `"closed-form" sums over an infinite horizon with continuous discounting; omit ${key}, or use "discrete"`,
          "undefined",
          describeReceived(value),
        );
      }
    }
    return closedFormValue(
      fn,
      model,
      spendFit,
      customers,
      resolveDiscountRate(fn, discountRate, fitUnit, ["discountRate"]),
      margin,
    );
  }
  if (horizon === undefined) {
    throwInvalidValue(
      fn,
      ["horizon"],
      `expected a horizon (number in ${fitUnit}s, the fit's unit, or { length, unit }), received undefined`,
      "number | { length, unit }",
      "undefined",
    );
  }
  const H = lengthInFitUnits(fn, horizon, fitUnit, "horizon");
  const delta = period === undefined ? 1 : lengthInFitUnits(fn, period, fitUnit, "period");
  if (!(delta > 0)) throwInvalidValue(fn, ["period"], "expected a period > 0", "> 0", String(delta));
  const ratio = H / delta;
  const K = Math.round(ratio);
  if (Math.abs(ratio - K) > 1e-9 * Math.max(1, ratio) || K > MAX_PERIODS) {
    throwInvalidValue(
      fn,
      ["horizon"],
      K > MAX_PERIODS
        ? `expected at most ${MAX_PERIODS} periods, received ${ratio} (horizon ${H} / period ${delta} ${fitUnit}s)`
        : `expected a whole number of periods, received horizon ${H} / period ${delta} = ${ratio} (${fitUnit}s)`,
      K > MAX_PERIODS ? `≤ ${MAX_PERIODS} periods` : "a multiple of the period",
      String(ratio),
    );
  }
  const d = resolveDiscountRate(fn, discountRate, fitUnit, ["discountRate"]);
  // Per-period discount factor 1/(1 + d_Δ) = (1 + d)^(−Δ).
  const v = Math.exp(-delta * Math.log1p(d));
  // Validate the customers under this function's name before the predictions read them.
  mapCustomers(fn, customers, () => 0, false);
  const single = typeof (customers as { frequency?: unknown }).frequency === "number";
  let spend: number | Float64Array;
  try {
    spend = expectedAverageSpend(spendFit, customers as SpendHistory);
  } catch (error) {
    throw rename(fn, error);
  }
  const c = customers as CustomerHistory & SpendHistory;
  const columns: CustomerHistoryColumns = single
    ? { frequency: [c.frequency], recency: [c.recency], T: [c.T] }
    : (customers as CustomerHistoryColumns);
  const spendColumn = typeof spend === "number" ? Float64Array.of(spend) : spend;
  const n = spendColumn.length;
  const acc = new Float64Array(n);
  let previous: Float64Array = new Float64Array(n);
  let discount = 1;
  for (let k = 1; k <= K; k++) {
    discount *= v;
    let cumulative: Float64Array;
    try {
      cumulative = conditionalExpectedPurchases(model, k * delta, columns);
    } catch (error) {
      throw rename(fn, error);
    }
    for (let i = 0; i < n; i++) acc[i] = acc[i]! + (cumulative[i]! - previous[i]!) * discount;
    previous = cumulative;
  }
  return finish(fn, margin, spendColumn, acc, single);
}
