import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import { purchaseHistoryReaders } from "../_internal/timeAxisReaders.ts";
import type { BgBbModel } from "../bgBb/BgBbModel.ts";
import type { CountModel } from "../CountModelFit.ts";
import { readPredictionModel } from "./_internal/readPredictionModel.ts";

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
  const { kernels, params } = readPredictionModel(fn, fit);
  const history = purchaseHistoryReaders[kernels.timeAxis](
    fn,
    purchaseTimes,
    (options as { at?: unknown } | undefined)?.at,
  );
  const kernel = kernels.probabilityAlive(params);
  const out = new Float64Array(history.age.length);
  for (let i = 0; i < out.length; i++) {
    let v = kernel(history.frequency[i]!, history.recency[i]!, history.age[i]!);
    if (!(v >= 0 && v <= 1)) {
      if (!Number.isFinite(v)) {
        throw new ClienteleDomainError(
          "domain_error",
          `${fn}: P(alive) at options.at[${i}] could not be evaluated (${v})`,
          {
            issues: [{ code: "domain_error", path: ["options", "at", i], message: `result is ${v}` }],
          },
        );
      }
      v = v < 0 ? 0 : 1; // rounding just outside [0, 1]
    }
    out[i] = v;
  }
  return out;
}
