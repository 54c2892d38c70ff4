// The one maximum-likelihood driver of clientele/clv. A model supplies its total log-likelihood and
// analytic gradient in the log-parameters φ = ln θ; the driver
// 1. minimises f(φ) = −ln L(φ)/n + λ Σ φᵢ² with BFGS (minimizeBfgs), from the start values. When the model
//    also gives a cheap approximation of ln L (a weighted subsample of large data), that is minimised
//    first, its Hessian H₀ = LLᵀ taken at its minimum φ₀, and the full objective minimised in whitened
//    coordinates y, φ = φ₀ + L⁻ᵀ y (gradient L⁻¹∇f), where its Hessian is close to the identity: BFGS then
//    needs a few iterations on the full data instead of twenty (any failure of that first stage falls back
//    to the plain fit). The estimates are the same, up to the optimiser's tolerance;
// 2. turns a failure to converge into `not_converged` (or a warning when allowed);
// 3. for standard errors, takes the Hessian of n·f at φ̂ by central differences of the analytic gradient
//    (hessian), inverts it (invertSymmetric) to Cov(φ̂), and carries it to the natural scale by the delta
//    method, Cov(θ̂) = J Cov(φ̂) J with J = ∂θ/∂φ = diag(θ̂), i.e. Cov(θ̂)ᵢⱼ = θ̂ᵢ θ̂ⱼ Cov(φ̂)ᵢⱼ (every entry,
//    not only the diagonal). At a maximum of ln L (zero gradient) this equals the inverse of the Hessian
//    of −ln L in θ itself.

import { ClienteleConvergenceError, ClienteleDomainError, isClienteleError } from "../../errors/ClienteleError.ts";
import { hessian } from "../../math/hessian.ts";
import { invertSymmetric } from "../../math/invertSymmetric.ts";
import { minimizeBfgs } from "../../math/minimizeBfgs.ts";
import type { OptimiserResult } from "../../math/OptimiserResult.ts";
import type { ModelFit } from "../ModelFit.ts";
import type { ResolvedFitOptions } from "./resolveFitOptions.ts";

/** |ln θ| beyond which a parameter is reported as running to a boundary (θ > 2.7e13 or < 3.7e-14). */
const BOUNDARY_LOG = 30;

/**
 * What a model gives the driver: its parameter names, the number of observations, default start values
 * and the fused log-likelihood in the log-parameters.
 *
 * @internal
 */
export interface LikelihoodModel {
  /** Public function name, first word of messages. */
  readonly fnName: string;
  /** Parameter names, natural scale, all > 0. */
  readonly names: readonly string[];
  /** Number of observations n (customers): scales the objective and enters the BIC. */
  readonly observations: number;
  /**
   * The model's start values on the natural scale, in the order of `names`; a value given in the options'
   * `start` replaces its default.
   */
  readonly defaultStart: readonly number[];
  /**
   * Total log-likelihood at the log-parameters `logParams`, filling `gradient` with ∂ ln L/∂ ln θ; NaN
   * (not an exception) where the parameters are out of range.
   */
  readonly logLikelihood: (logParams: Float64Array, gradient: Float64Array) => number;
  /**
   * Optional cheap approximation of `logLikelihood` on the same scale (e.g. from a weighted subsample of
   * a large data set), used to find a start point and a preconditioner before the full fit.
   */
  readonly coarseLogLikelihood?: ((logParams: Float64Array, gradient: Float64Array) => number) | undefined;
}

/**
 * The model-independent part of a fit result: a `ModelFit` without its `model` and `unit`, which each
 * model's fit function adds.
 *
 * @internal
 */
export type MaximumLikelihoodEstimate<Params extends object = Readonly<Record<string, number>>> = Omit<
  ModelFit<string, Params>,
  "model" | "unit"
>;

function record(names: readonly string[], values: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < names.length; i++) out[names[i]!] = values[i]!;
  return out;
}

function formatParams(names: readonly string[], values: ArrayLike<number>): string {
  return names.map((name, i) => `${name} ${Number(values[i]!.toPrecision(6))}`).join(", ");
}

/**
 * Fits a model by maximum likelihood in its log-parameters (see the header of this file).
 *
 * @param model - Names, observations, default start values and log-likelihood.
 * @param options - Resolved fit options (tolerance, iterations, penalty, standard errors, non-convergence).
 * @returns The estimate with log-likelihood, standard errors, covariance, information criteria, warnings.
 * @throws {@link ClienteleDomainError} `domain_error` if the log-likelihood is not finite at the start values.
 * @throws {@link ClienteleConvergenceError} `not_converged` if BFGS stops before meeting its tolerance and
 *   `allowNonConvergence` is false.
 * @internal
 */
export function fitByMaximumLikelihood<Params extends object = Readonly<Record<string, number>>>(
  model: LikelihoodModel,
  options: ResolvedFitOptions,
): MaximumLikelihoodEstimate<Params> {
  const { fnName, names, observations: n, logLikelihood } = model;
  const k = names.length;
  const penalty = options.penalty;
  const objectiveOf =
    (ll: (phi: Float64Array, gradient: Float64Array) => number) =>
    (phi: Float64Array, gradient: Float64Array): number => {
      const value = ll(phi, gradient);
      if (!Number.isFinite(value)) return Number.NaN;
      let pen = 0;
      for (let i = 0; i < k; i++) {
        const p = phi[i]!;
        pen += p * p;
        gradient[i] = -gradient[i]! / n + 2 * penalty * p;
      }
      return -value / n + penalty * pen;
    };
  const objective = objectiveOf(logLikelihood);
  const startValues = names.map((_, i) => options.start[i] ?? model.defaultStart[i]!);
  const start = Float64Array.from(startValues, Math.log);
  const work = new Float64Array(k);
  if (!Number.isFinite(objective(start, work))) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fnName}: the log-likelihood is not finite at the start values (${formatParams(names, startValues)}); give other options.start`,
      { issues: [{ code: "domain_error", path: ["options", "start"], message: "log-likelihood not finite here" }] },
    );
  }
  const bfgs = { tolerance: options.tolerance, maxIterations: options.maxIterations };
  const coarse =
    model.coarseLogLikelihood === undefined
      ? undefined
      : precondition(objectiveOf(model.coarseLogLikelihood), start, bfgs);
  let result: OptimiserResult;
  let phi: Float64Array;
  if (coarse === undefined) {
    result = minimizeBfgs(objective, start, bfgs);
    phi = Float64Array.from(result.x);
  } else {
    // BFGS in whitened coordinates y, φ = φ₀ + L⁻ᵀ y, where LLᵀ is the coarse Hessian at φ₀.
    const { origin, lower } = coarse;
    const point = new Float64Array(k);
    const toPhi = (y: ArrayLike<number>, out: Float64Array): void => {
      for (let i = k - 1; i >= 0; i--) {
        let v = y[i]!;
        for (let j = i + 1; j < k; j++) v -= lower[j * k + i]! * out[j]!;
        out[i] = v / lower[i * k + i]!;
      }
      for (let i = 0; i < k; i++) out[i] = out[i]! + origin[i]!;
    };
    const whitened = (y: Float64Array, gy: Float64Array): number => {
      toPhi(y, point);
      const value = objective(point, gy);
      for (let i = 0; i < k; i++) {
        let v = gy[i]!;
        for (let j = 0; j < i; j++) v -= lower[i * k + j]! * gy[j]!;
        gy[i] = v / lower[i * k + i]!;
      }
      return value;
    };
    result = minimizeBfgs(whitened, new Float64Array(k), bfgs);
    phi = new Float64Array(k);
    toPhi(result.x, phi);
  }
  const params = Float64Array.from(phi, Math.exp);
  const ll = logLikelihood(phi, work);
  const warnings: string[] = [];
  if (!result.converged) {
    const advice =
      "raise options.maxIterations, loosen options.tolerance, or give options.start closer to the solution " +
      "(options.allowNonConvergence: true returns the last estimate)";
    if (!options.allowNonConvergence) {
      throw new ClienteleConvergenceError(
        `${fnName}: did not converge after ${result.iterations} iterations (${result.message}); ${advice}`,
        { iterations: result.iterations, lastValue: ll },
      );
    }
    warnings.push(
      `did not converge after ${result.iterations} iterations (${result.message}); the estimates are the last point reached`,
    );
  }
  for (let i = 0; i < k; i++) {
    if (Math.abs(phi[i]!) > BOUNDARY_LOG) {
      warnings.push(
        `${names[i]} ran to ${params[i]!.toPrecision(3)}: the likelihood keeps improving towards a boundary of the parameter space, so this estimate is not reliable (options.penalty keeps parameters finite)`,
      );
    }
  }
  let standardErrors: Record<string, number> | null = null;
  let covariance: number[][] | null = null;
  if (options.standardErrors) {
    covariance = covarianceAt(objective, phi, params, n, warnings);
    if (covariance !== null)
      standardErrors = record(
        names,
        covariance.map((row, i) => Math.sqrt(row[i]!)),
      );
  }
  // The caller's `names` are the keys of Params (each model passes its own parameter names).
  return {
    params: record(names, params) as unknown as Params,
    logLikelihood: ll,
    standardErrors: standardErrors as unknown as Params | null,
    covariance,
    converged: result.converged,
    iterations: result.iterations,
    aic: 2 * k - 2 * ll,
    bic: k * Math.log(n) - 2 * ll,
    n,
    penalty,
    warnings,
  };
}

/**
 * Fits the coarse objective and factors its Hessian there (Cholesky, lower triangle row-major), for the
 * full fit to start at that point in whitened coordinates; undefined if any step fails (the full fit then
 * runs from the ordinary start).
 */
function precondition(
  coarse: (phi: Float64Array, gradient: Float64Array) => number,
  start: Float64Array,
  bfgs: { readonly tolerance: number; readonly maxIterations: number },
): { origin: Float64Array; lower: Float64Array } | undefined {
  const k = start.length;
  if (!Number.isFinite(coarse(start, new Float64Array(k)))) return undefined;
  const first = minimizeBfgs(coarse, start, bfgs);
  if (!first.converged) return undefined;
  let h: readonly (readonly number[])[];
  try {
    h = hessian({ valueAndGradient: coarse }, first.x);
  } catch (error) {
    if (isClienteleError(error, "domain_error")) return undefined;
    throw error;
  }
  const lower = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    let d = h[j]![j]!;
    for (let q = 0; q < j; q++) d -= lower[j * k + q]! ** 2;
    if (!(d > 0)) return undefined;
    const ljj = Math.sqrt(d);
    lower[j * k + j] = ljj;
    for (let i = j + 1; i < k; i++) {
      let v = h[i]![j]!;
      for (let q = 0; q < j; q++) v -= lower[i * k + q]! * lower[j * k + q]!;
      lower[i * k + j] = v / ljj;
    }
  }
  return { origin: Float64Array.from(first.x), lower };
}

/** Delta-method covariance of the natural parameters, or null (with a warning) if it cannot be had. */
function covarianceAt(
  objective: (phi: Float64Array, gradient: Float64Array) => number,
  phi: Float64Array,
  params: Float64Array,
  n: number,
  warnings: string[],
): number[][] | null {
  const k = phi.length;
  let inverse: readonly (readonly number[])[];
  try {
    const h = hessian({ valueAndGradient: objective }, phi);
    inverse = invertSymmetric(h.map((row) => row.map((v) => v * n)));
  } catch (error) {
    if (!isClienteleError(error, "domain_error")) throw error;
    warnings.push(
      "standard errors unavailable: the Hessian of the log-likelihood is not positive definite at the estimates (a flat or boundary optimum); standardErrors and covariance are null",
    );
    return null;
  }
  const covariance: number[][] = [];
  for (let i = 0; i < k; i++) {
    const row: number[] = [];
    for (let j = 0; j < k; j++) row.push(params[i]! * params[j]! * inverse[i]![j]!);
    covariance.push(row);
  }
  for (let i = 0; i < k; i++) {
    const v = covariance[i]![i]!;
    if (!(v > 0 && v < Number.POSITIVE_INFINITY) || !covariance[i]!.every(Number.isFinite)) {
      warnings.push(
        "standard errors unavailable: the covariance matrix is not finite; standardErrors and covariance are null",
      );
      return null;
    }
  }
  return covariance;
}
