import { describeReceived } from "../../_lib/describeReceived.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { BgBbModel } from "../bgBb/BgBbModel.ts";
import type { CountModel } from "../CountModelFit.ts";
import { readPredictionModel } from "./_internal/readPredictionModel.ts";

/**
 * The probability that a new customer (acquired at time 0) makes exactly `n` repeat purchases in (0, t],
 * P(X(t) = n), under a fitted count model.
 *
 * @remarks
 * BG/NBD: Fader, Hardie & Lee (2005), eq. 8, in log space; the negative-binomial tail in its second term
 * is summed directly when small, so the probabilities keep their relative accuracy far in the tail. The
 * probabilities sum to 1 over n = 0, 1, 2, … (test/clv/predictions/purchaseCountProbability.test.ts). Pareto/NBD:
 * Fader & Hardie (2005, note 009) in log space; the Poisson-tail bracket is summed directly when the
 * difference would cancel, and ₂F₁ is continued by its contiguous relation where needed; agrees with
 * mpmath to 2e-11 relative for n ≤ 500, t ≤ 10,000
 * (test/clv/paretoNbd/_internal/paretoNbdPurchaseCountProbability.test.ts). MBG/NBD: as BG/NBD. `t` is in the
 * fit's unit.
 *
 * **BG/BB** (Fader, Hardie & Shang 2010, eq. 8): `t` is a number of opportunities (an integer) and the
 * result is the probability of transacting at exactly `n` of the first `t` opportunities (0 for n > t),
 * in log space; summed over n = 0 … t it is 1 (test/clv/predictions/purchaseCountProbability.test.ts).
 *
 * @param fit - A fitted count model ({@link CountModelFit}, or any {@link CountModel}), or a BG/BB fit
 *   ({@link BgBbModel}).
 * @param n - Number of purchases, an integer ≥ 0.
 * @param t - Horizon, finite, ≥ 0, in the fit's unit; for BG/BB a number of opportunities, an integer.
 * @returns P(X(t) = n) in [0, 1] (at t = 0: 1 for n = 0, else 0).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `fit`, `n` or `t`.
 * @throws {@link ClienteleDomainError} `domain_error` if the value cannot be evaluated accurately.
 * @example
 * ```ts
 * import { type CountModel, purchaseCountProbability } from "clientele/clv";
 * const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
 * purchaseCountProbability(fit, 0, 39).toFixed(3); // => "0.574"
 * purchaseCountProbability(fit, 1, 39).toFixed(3); // => "0.199"
 * // BG/BB: a new donor gives in none of the next 6 years
 * const donations = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * purchaseCountProbability(donations, 0, 6).toFixed(3); // => "0.311"
 * ```
 * @see {@link expectedPurchases}
 * @category Predictions
 */
export function purchaseCountProbability(fit: CountModel | BgBbModel, n: number, t: number): number {
  const fn = "purchaseCountProbability";
  const { kernels, params } = readPredictionModel(fn, fit);
  if (!(typeof n === "number" && Number.isSafeInteger(n) && n >= 0)) {
    const received = describeReceived(n);
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["n"],
          message: `expected integer ≥ 0, received ${received}`,
          expected: "integer ≥ 0",
          received,
        },
      ],
    });
  }
  const horizon = kernels.readHorizon(fn, t, ["t"]);
  const p = kernels.purchaseCountProbability(params, n, horizon);
  if (!(p >= -1e-12 && p <= 1 + 1e-12)) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: P(X(${horizon}) = ${n}) could not be evaluated accurately (${p})`,
      {
        issues: [{ code: "domain_error", path: [], message: `result is ${p}` }],
      },
    );
  }
  return Math.min(1, Math.max(0, p));
}
