import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { checkCountModel } from "../_internal/checkCountModel.ts";
import { checkBgBbModel, isBgBbModel } from "../bgBb/_internal/checkBgBbModel.ts";
import type { BgBbModel } from "../bgBb/BgBbModel.ts";
import { bgBbProbabilityAliveKernel } from "../bgBb/bgBbProbabilityAlive.ts";
import type { CountModel } from "../CountModelFit.ts";
import { probabilityAliveKernel } from "./_internal/countModelKernels.ts";

/**
 * Options of {@link probabilityAliveHistory}.
 *
 * @example
 * ```ts
 * import type { ProbabilityAliveHistoryOptions } from "clientele/clv";
 * const weekly: ProbabilityAliveHistoryOptions = { at: Array.from({ length: 53 }, (_, week) => week) };
 * ```
 * @category Predictions
 */
export interface ProbabilityAliveHistoryOptions {
  /** Times at which to evaluate P(alive), on the same axis as the purchase times, none before the first purchase. */
  readonly at: ArrayLike<number>;
}

function issue(path: (string | number)[], expected: string, v: unknown): ClienteleIssue {
  const received = typeof v === "number" ? String(v) : v === null ? "null" : typeof v;
  return { code: "invalid_value", path, message: `expected ${expected}, received ${received}`, expected, received };
}

function readTimes(fn: string, values: unknown, path: (string | number)[], nonEmpty: boolean): Float64Array {
  const n = typeof values === "object" && values !== null ? (values as { length?: unknown }).length : undefined;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0 || (nonEmpty && n === 0)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [issue(path, nonEmpty ? "non-empty array of times" : "array of times", values)],
    });
  }
  const out = new Float64Array(n);
  const issues: ClienteleIssue[] = [];
  for (let i = 0; i < n; i++) {
    const v = (values as ArrayLike<unknown>)[i];
    if (typeof v === "number" && Number.isFinite(v)) out[i] = v;
    else issues.push(issue([...path, i], "finite number", v));
  }
  if (issues.length > 0) throw new ClienteleInputError(`${fn}: invalid input`, { issues });
  return out;
}

/**
 * How a customer's probability of being alive evolved: P(alive) after each moment of their history,
 * from their purchase times, for plots and for spotting when a customer went quiet.
 *
 * @remarks
 * `purchaseTimes` are all of the customer's purchase times (the first one included) on any time axis in
 * the fit's unit, e.g. weeks since some date; they need not be sorted. At each time τ of `options.at`
 * (τ ≥ the first purchase t₀) the customer's summary is what was known then: x(τ) = the purchases after
 * the first with time ≤ τ, t_x(τ) = (time of the last of them) − t₀ (0 if none), T(τ) = τ − t₀; the result
 * is P(alive | x(τ), t_x(τ), T(τ)) as {@link probabilityAlive} computes it. Purchases at equal times count
 * separately (continuous time): merge same-day purchases first if the fit's data did so (as
 * `summarizeTransactions` does by default). Under the BG/NBD the value is 1 until the first repeat
 * purchase (see {@link probabilityAlive}), is 1/(1 + a/(b + x − 1)) just after each purchase (the customer
 * may have dropped out right then) and decays while no purchase follows.
 *
 * **BG/BB** (discrete opportunities): `purchaseTimes` are the opportunities 1, 2, … at which the customer
 * transacted (distinct whole numbers ≥ 1; the acquisition, opportunity 0, is not one of them, and may be
 * empty), `at` are numbers of opportunities n ≥ 0 observed, and the value at n is P(alive at n + 1 |
 * x(n), t_x(n), n) (Fader, Hardie & Shang 2010, eq. 11), with x(n) and t_x(n) the transactions at
 * opportunities ≤ n and the last of them.
 *
 * @param fit - A fitted count model ({@link CountModelFit}, or any {@link CountModel}), or a BG/BB fit
 *   ({@link BgBbModel}).
 * @param purchaseTimes - The customer's purchase times (at least one), finite, in the fit's unit; for
 *   BG/BB the opportunities with a transaction.
 * @param options - `at`: the evaluation times (for BG/BB, numbers of opportunities).
 * @returns P(alive) at each time of `options.at`, in its order.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `fit`, an empty or non-numeric
 *   `purchaseTimes`, or a non-finite time in `options.at`.
 * @throws {@link ClienteleDomainError} `domain_error` for a time in `options.at` before the first purchase.
 * @example
 * ```ts
 * import { type CountModel, probabilityAliveHistory } from "clientele/clv";
 * const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
 * // bought in weeks 0, 2 and 5; P(alive) at weeks 1, 2, 5, 20 and 40
 * probabilityAliveHistory(fit, [0, 2, 5], { at: [1, 2, 5, 20, 40] });
 * // => Float64Array [1, 0.75…, 0.81…, 0.33…, 0.11…]
 * ```
 * @see {@link probabilityAlive}
 * @category Predictions
 */
export function probabilityAliveHistory(
  fit: CountModel | BgBbModel,
  purchaseTimes: ArrayLike<number>,
  options: ProbabilityAliveHistoryOptions,
): Float64Array {
  const fn = "probabilityAliveHistory";
  if (isBgBbModel(fit)) return bgBbHistory(fn, checkBgBbModel(fn, fit), purchaseTimes, options);
  const kernel = probabilityAliveKernel(checkCountModel(fn, fit, ["bg-bb"]));
  const times = readTimes(fn, purchaseTimes, ["purchaseTimes"], true).sort();
  const at = readTimes(fn, (options as { at?: unknown } | undefined)?.at, ["options", "at"], false);
  const first = times[0]!;
  const late: ClienteleIssue[] = [];
  for (let i = 0; i < at.length; i++) {
    if (at[i]! < first) {
      late.push({
        code: "domain_error",
        path: ["options", "at", i],
        message: `time ${at[i]} is before the first purchase (${first}): the customer was not yet a customer`,
        expected: `≥ ${first}`,
        received: String(at[i]),
      });
    }
  }
  if (late.length > 0) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: ${late.length} evaluation time${late.length === 1 ? " is" : "s are"} before the first purchase`,
      {
        issues: late,
      },
    );
  }
  const out = new Float64Array(at.length);
  for (let i = 0; i < at.length; i++) {
    const tau = at[i]!;
    // Purchases with time ≤ τ: binary search for the first index with time > τ.
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid]! <= tau) lo = mid + 1;
      else hi = mid;
    }
    const x = lo - 1;
    const recency = x > 0 ? times[lo - 1]! - first : 0;
    const v = kernel(x, recency, tau - first);
    if (!(v >= 0 && v <= 1)) {
      throw new ClienteleDomainError("domain_error", `${fn}: P(alive) at time ${tau} could not be evaluated (${v})`, {
        issues: [{ code: "domain_error", path: ["options", "at", i], message: `result is ${v}` }],
      });
    }
    out[i] = v;
  }
  return out;
}

/** Reads whole numbers (≥ `min`), naming every bad one. */
function readWhole(fn: string, values: unknown, path: (string | number)[], min: number): Float64Array {
  const out = readTimes(fn, values, path, false);
  const issues: ClienteleIssue[] = [];
  out.forEach((v, i) => {
    if (!(Number.isInteger(v) && v >= min && v <= 1e7)) issues.push(issue([...path, i], `a whole number ≥ ${min}`, v));
  });
  if (issues.length > 0) throw new ClienteleInputError(`${fn}: invalid input`, { issues });
  return out;
}

/** The BG/BB history: P(alive at n + 1 | the transactions at opportunities ≤ n) for each n of `at`. */
function bgBbHistory(
  fn: string,
  params: Parameters<typeof bgBbProbabilityAliveKernel>[0],
  purchaseTimes: unknown,
  options: unknown,
): Float64Array {
  const times = readWhole(fn, purchaseTimes, ["purchaseTimes"], 1).sort();
  for (let i = 1; i < times.length; i++) {
    if (times[i] === times[i - 1]) {
      throw new ClienteleInputError(`${fn}: invalid input`, {
        issues: [
          issue(["purchaseTimes"], "distinct opportunities (one transaction at most per opportunity)", times[i]),
        ],
      });
    }
  }
  const at = readWhole(fn, (options as { at?: unknown } | undefined)?.at, ["options", "at"], 0);
  const kernel = bgBbProbabilityAliveKernel(params);
  const out = new Float64Array(at.length);
  for (let i = 0; i < at.length; i++) {
    const n = at[i]!;
    let x = 0;
    while (x < times.length && times[x]! <= n) x++;
    out[i] = Math.min(1, Math.max(0, kernel(x, x > 0 ? times[x - 1]! : 0, n)));
  }
  return out;
}
