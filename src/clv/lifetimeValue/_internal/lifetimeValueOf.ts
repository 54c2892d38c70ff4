import { describeReceived } from "../../../_lib/describeReceived.ts";
import { throwInvalidValue } from "../../../_lib/invalidValue.ts";
import { collectIssue, createIssueCollector } from "../../../_lib/issueCollector.ts";
import { discreteHorizon, isUnit } from "../../../_lib/lengthInFitUnits.ts";
import { MAX_DOUBLE as MAX } from "../../../_lib/numberLimits.ts";
import { resolveDiscountRate } from "../../../_lib/resolveDiscountRate.ts";
import {
  ClienteleDomainError,
  type ClienteleError,
  ClienteleInputError,
  isClienteleError,
} from "../../../errors/ClienteleError.ts";
import { mapCustomers } from "../../_internal/mapCustomers.ts";
import { type CustomerInput, readCustomers } from "../../_internal/readCustomers.ts";
import type { CountModel } from "../../CountModelFit.ts";
import type { CustomerHistory, CustomerHistoryColumns } from "../../CustomerHistory.ts";
import { expectedAverageSpendOf } from "../../gammaGamma/_internal/expectedAverageSpendOf.ts";
import { readPredictionModel } from "../../predictions/_internal/readPredictionModel.ts";
import { conditionalExpectedPurchases } from "../../predictions/conditionalExpectedPurchases.ts";
import { discountedExpectedResidualPurchases } from "../../predictions/discountedExpectedResidualPurchases.ts";
import type { CustomerLifetimeValueOptions } from "../CustomerLifetimeValueOptions.ts";

/** What a customer has for a lifetime value: the count model's summary and the spend model's. */
const CUSTOMER_FIELDS = ["frequency", "recency", "T", "monetaryValue"];
/** Largest number of discounting periods (each costs one pass of conditionalExpectedPurchases). */
const MAX_PERIODS = 100_000;

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
  customers: CustomerInput,
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
  mapCustomers(fn, customers.customers, () => 0, false, customers.at);
  const single = typeof (customers.customers as { frequency?: unknown }).frequency === "number";
  const spend = expectedAverageSpendOf(fn, spendFit, customers);
  let dert: number | Float64Array;
  try {
    dert = discountedExpectedResidualPurchases(model, customers.customers as CustomerHistory, { discountRate: d });
  } catch (error) {
    throw rename(fn, error);
  }
  const spendColumn = typeof spend === "number" ? Float64Array.of(spend) : spend;
  const amount = typeof dert === "number" ? Float64Array.of(dert) : dert;
  return finish(fn, margin, spendColumn, amount, single);
}

/**
 * The body of {@link customerLifetimeValue}, with the public function name for errors; `read` gives the
 * customers already read (by {@link scoreCustomers}), else `options.customers` is read here.
 *
 * @param fn - Public function name.
 * @param options - As {@link customerLifetimeValue} takes them (untrusted).
 * @param read - The customers, if read already.
 * @returns A number for one customer, else a Float64Array in input order.
 * @throws As {@link customerLifetimeValue} documents.
 * @internal
 */
export function lifetimeValueOf(
  fn: string,
  options: CustomerLifetimeValueOptions,
  read?: CustomerInput,
): number | Float64Array {
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
  const input = read ?? readCustomers(fn, customers, CUSTOMER_FIELDS, "customer", { fitUnit });
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
      input,
      resolveDiscountRate(fn, discountRate, fitUnit, ["discountRate"]),
      margin,
    );
  }
  const { period: delta, periods: K } = discreteHorizon(fn, horizon, period, fitUnit, MAX_PERIODS);
  const d = resolveDiscountRate(fn, discountRate, fitUnit, ["discountRate"]);
  // Per-period discount factor 1/(1 + d_Δ) = (1 + d)^(−Δ).
  const v = Math.exp(-delta * Math.log1p(d));
  // Validate the customers under this function's name before the predictions read them.
  mapCustomers(fn, input.customers, () => 0, false, input.at);
  const single = typeof (input.customers as { frequency?: unknown }).frequency === "number";
  const spend = expectedAverageSpendOf(fn, spendFit, input);
  const c = input.customers as CustomerHistory;
  const columns: CustomerHistoryColumns = single
    ? { frequency: [c.frequency], recency: [c.recency], T: [c.T] }
    : (input.customers as CustomerHistoryColumns);
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
