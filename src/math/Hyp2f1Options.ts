/**
 * Options of {@link hyp2f1} and {@link logHyp2f1}.
 *
 * @example
 * ```ts
 * import { logHyp2f1, type Hyp2f1Options } from "clientele/math";
 * // BG/NBD at a long horizon: z = t/(α + T + t) rounds to 1, but 1 − z is known exactly
 * const [alpha, T, t] = [4.414, 38.86, 1e20];
 * const options: Hyp2f1Options = { oneMinusZ: (alpha + T) / (alpha + T + t) };
 * Number.isFinite(logHyp2f1(0.243, 2.426, 2.219, t / (alpha + T + t), options)); // => true
 * ```
 * @category Math
 */
export interface Hyp2f1Options {
  /**
   * 1 − z computed without cancellation, e.g. (α + T)/(α + T + t) for z = t/(α + T + t). Near z = 1,
   * ₂F₁ behaves like (1 − z)^(c−a−b), so the relative error of 1 − z carries straight into the result,
   * and z itself rounds to 1 once 1 − z < 1.1e-16; with `oneMinusZ` the result keeps full accuracy.
   * Must agree with 1 − z to a few ulps (it may be positive while z rounds to 1).
   */
  readonly oneMinusZ?: number | undefined;
}
