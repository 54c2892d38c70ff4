import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import { vectorLength } from "./_internal/checkArguments.ts";
import { logSumExpUnchecked } from "./_internal/logSumExpUnchecked.ts";
import { throwInvalidVector } from "./_internal/throwInvalidVector.ts";

/**
 * ln Σᵢ exp(valuesᵢ) without overflow or underflow: the way to add probabilities or likelihoods that are
 * held as logarithms (mixture likelihoods, sums over purchase counts).
 *
 * @remarks
 * Computed as m + log1p(Σ_{i≠k} exp(vᵢ − m)) with m = v_k the largest value (Blanchard, Higham & Higham
 * 2021, "Accurately computing the log-sum-exp and softmax functions", Algorithm 2), which is accurate to a
 * few ulps, including when one term dominates. O(n), no allocation.
 *
 * @param values - Finite numbers (logarithms of the terms).
 * @returns ln Σ exp(valuesᵢ).
 * @throws {@link ClienteleInputError} `invalid_input` if an entry is not a finite number (path: its index).
 * @throws {@link ClienteleDomainError} `insufficient_data` if `values` is empty.
 * @example
 * ```ts
 * import { logSumExp } from "clientele/math";
 * logSumExp([Math.log(1), Math.log(2), Math.log(3)]); // => 1.791759469228055 (ln 6)
 * logSumExp([1000, 1000]); // => 1000.6931471805599 (no overflow)
 * logSumExp([-1000, 0]); // => 0 (e^−1000 is below one ulp of 1)
 * ```
 * @see {@link logAddExp}, {@link logDiffExp}
 * @category Math
 */
export function logSumExp(values: ArrayLike<number>): number {
  const n = vectorLength("logSumExp", values, []);
  if (n === 0) throw new ClienteleDomainError("insufficient_data", "logSumExp: values is empty");
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!(typeof v === "number" && Number.isFinite(v))) throwInvalidVector("logSumExp", values, []);
  }
  return logSumExpUnchecked(values);
}
