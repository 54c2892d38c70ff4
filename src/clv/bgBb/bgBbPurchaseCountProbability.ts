import { logBetaUnchecked } from "../../_lib/logBetaUnchecked.ts";
import { logGammaUnchecked } from "../../_lib/logGammaUnchecked.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { checkBgBbModel, checkOpportunityCount } from "./_internal/checkBgBbModel.ts";
import type { BgBbModel } from "./BgBbModel.ts";
import type { BgBbParams } from "./BgBbParams.ts";

function logChoose(n: number, k: number): number {
  return logGammaUnchecked(n + 1) - logGammaUnchecked(k + 1) - logGammaUnchecked(n - k + 1);
}

/**
 * The probability that a new customer transacts at exactly x of the first n opportunities under a fitted
 * BG/BB model: P(X(n) = x) (Fader, Hardie & Shang 2010, eq. 8).
 *
 * @remarks
 * P(X(n) = x) = C(n, x) B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ)
 * + Σ_{i=x}^{n−1} C(i, x) B(α+x, β+i−x)/B(α,β) · B(γ+1, δ+i)/B(γ,δ), in log space (log-sum-exp). O(n).
 * Summed over x = 0 … n it is 1.
 *
 * @param fit - A {@link BgBbFit}, or any `{ model: "bg-bb", params }`.
 * @param x - Number of transactions, an integer in [0, n].
 * @param n - Number of opportunities, an integer in [0, 10⁷].
 * @returns The probability, in [0, 1].
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, n, or x (path `x` when x > n).
 * @example
 * ```ts
 * import { bgBbPurchaseCountProbability } from "clientele/clv";
 * const fit = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * bgBbPurchaseCountProbability(fit, 0, 6).toFixed(3); // => "0.311"
 * ```
 * @category BG/BB
 */
export function bgBbPurchaseCountProbability(fit: BgBbModel, x: number, n: number): number {
  const fn = "bgBbPurchaseCountProbability";
  const params = checkBgBbModel(fn, fit);
  const periods = checkOpportunityCount(fn, n, ["n"]);
  if (!(typeof x === "number" && Number.isInteger(x) && x >= 0 && x <= periods)) {
    const received = typeof x === "number" ? String(x) : typeof x;
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: typeof x === "number" ? "invalid_value" : "invalid_type",
          path: ["x"],
          message: `expected an integer in [0, n = ${periods}], received ${received}`,
          expected: `integer in [0, ${periods}]`,
          received,
        },
      ],
    });
  }
  return bgBbPurchaseCountProbabilityOf(params, x, periods);
}

/**
 * P(X(n) = x) of the BG/BB (FHS 2010 eq. 8) for valid parameters and integers 0 ≤ x ≤ n, in log space.
 *
 * @param params - α, β, γ, δ.
 * @param x - Number of transactions.
 * @param periods - Number of opportunities n.
 * @returns The probability in [0, 1].
 * @internal
 */
export function bgBbPurchaseCountProbabilityOf(params: BgBbParams, x: number, periods: number): number {
  const { alpha, beta, gamma, delta } = params;
  const lab = logBetaUnchecked(alpha, beta) + logBetaUnchecked(gamma, delta);
  let m =
    logChoose(periods, x) +
    logBetaUnchecked(alpha + x, beta + periods - x) +
    logBetaUnchecked(gamma, delta + periods) -
    lab;
  let s = 1;
  for (let i = x; i < periods; i++) {
    const t =
      logChoose(i, x) + logBetaUnchecked(alpha + x, beta + i - x) + logBetaUnchecked(gamma + 1, delta + i) - lab;
    if (t > m) {
      s = s * Math.exp(m - t) + 1;
      m = t;
    } else {
      s += Math.exp(t - m);
    }
  }
  const p = Math.exp(m + Math.log(s));
  return Math.min(1, Math.max(0, p));
}
