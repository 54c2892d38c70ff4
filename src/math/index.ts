/**
 * `clientele/math`: the numerical core of the customer-base models, public because analysts need it.
 * Log-space special functions ({@link logGamma}, {@link logBeta}, {@link digamma}, {@link trigamma},
 * {@link logHyp2f1}, {@link logSumExp}) and small-dimension optimisation for maximum likelihood
 * ({@link minimizeBfgs}, {@link minimizeNelderMead}, {@link hessian}, {@link invertSymmetric}). Each
 * function documents its method, domain and measured accuracy; see docs/concepts/numerics.md.
 *
 * @module math
 */

export { digamma } from "./digamma.ts";
export type { Hyp2f1Options } from "./Hyp2f1Options.ts";
export { type HessianObjective, hessian } from "./hessian.ts";
export { hyp2f1 } from "./hyp2f1.ts";
export { invertSymmetric } from "./invertSymmetric.ts";
export { logAddExp } from "./logAddExp.ts";
export { logBeta } from "./logBeta.ts";
export { logDiffExp } from "./logDiffExp.ts";
export { logGamma } from "./logGamma.ts";
export { logHyp2f1 } from "./logHyp2f1.ts";
export { logSumExp } from "./logSumExp.ts";
export { minimizeBfgs } from "./minimizeBfgs.ts";
export { type MinimizeNelderMeadOptions, minimizeNelderMead } from "./minimizeNelderMead.ts";
export { numericalGradient } from "./numericalGradient.ts";
export type { ObjectiveFunction, ObjectiveWithGradient } from "./ObjectiveFunction.ts";
export {
  defaultOptimiserOptions,
  type OptimiserOptions,
  type ResolvedOptimiserOptions,
} from "./OptimiserOptions.ts";
export type { OptimiserResult } from "./OptimiserResult.ts";
export type { AbortSignalLike, Progress, ProgressOptions } from "./ProgressOptions.ts";
export { trigamma } from "./trigamma.ts";
export { withNumericalGradient } from "./withNumericalGradient.ts";
