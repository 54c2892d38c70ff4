// The one maximum-likelihood driver of clientele/clv. A model supplies its total log-likelihood and
// analytic gradient in the log-parameters φ = ln θ; the driver
// 1. minimises f(φ) = −ln L(φ)/n + λ Σ φᵢ² with BFGS (minimizeBfgs), from the start values. When the model
//    also gives a cheap approximation of ln L (a weighted subsample of large data), that is minimised
//    first, its Hessian H₀ = LLᵀ taken at its minimum φ₀, and the full objective minimised in whitened
//    coordinates y, φ = φ₀ + L⁻ᵀ y (gradient L⁻¹∇f), where its Hessian is close to the identity: BFGS then
//    needs a few iterations on the full data instead of twenty (any failure of that first stage falls back
//    to the plain fit). The estimates are the same, up to the optimiser's tolerance;
// 0. first checks the model's data requirements (requirements: at least k customers for k parameters, and
//    what the model adds), throwing `insufficient_data` with what there is and what is needed;
// 2. turns a failure to converge into `not_converged` (or a warning when allowed);
// 3. for standard errors, takes the Hessian of n·f at φ̂ by forward differences of the analytic gradient
//    (forwardDifferenceHessian: k gradients past the one BFGS ended with) or from the model's analytic
//    Hessian when it has one (logLikelihoodHessian: one pass), inverts it (invertSymmetric) to Cov(φ̂), and carries it to the natural scale by the delta
//    method, Cov(θ̂) = J Cov(φ̂) J with J = ∂θ/∂φ = diag(θ̂), i.e. Cov(θ̂)ᵢⱼ = θ̂ᵢ θ̂ⱼ Cov(φ̂)ᵢⱼ (every entry,
//    not only the diagonal). At a maximum of ln L (zero gradient) this equals the inverse of the Hessian
//    of −ln L in θ itself.
// 4. warns (`parameter_at_boundary`, naming the parameter and what its boundary means for the model) for
//    every parameter that ran off to a boundary: |ln θ̂| > BOUNDARY_LOG, or a large component in a flat
//    direction of the likelihood, an eigenvector of the Hessian of −ln L in φ whose eigenvalue is below
//    FLAT_CURVATURE (see flatParameters).

import { throwIfAborted } from "../../_lib/progress.ts";
import { ClienteleConvergenceError, ClienteleDomainError, isClienteleError } from "../../errors/ClienteleError.ts";
import { invertSymmetric } from "../../math/invertSymmetric.ts";
import { minimizeBfgs } from "../../math/minimizeBfgs.ts";
import type { OptimiserOptions } from "../../math/OptimiserOptions.ts";
import type { OptimiserResult } from "../../math/OptimiserResult.ts";
import type { Progress } from "../../math/ProgressOptions.ts";
import type { FitWarning } from "../FitWarning.ts";
import type { ModelFit } from "../ModelFit.ts";
import { forwardDifferenceHessian } from "./forwardDifferenceHessian.ts";
import type { ResolvedFitOptions } from "./resolveFitOptions.ts";
import { symmetricEigen } from "./symmetricEigen.ts";

/** |ln θ| beyond which a parameter is reported as running to a boundary (θ > 1.1e13 or < 9.4e-14). */
const BOUNDARY_LOG = 30;

/**
 * Curvature of −ln L (in φ = ln θ, along a unit direction) below which the likelihood is called flat in
 * that direction: moving the parameters by a factor of 1000 (Δφ = ln 1000) along it changes ln L by less
 * than 1.92, half the 95% point of χ²₁ (3.84), so a likelihood-ratio test could not tell the estimate
 * from one a thousand times larger or smaller: ½ λ (ln 1000)² < 1.92 ⇔ λ < 3.84 / (ln 1000)² ≈ 0.080.
 */
const FLAT_CURVATURE = 3.84 / Math.log(1000) ** 2;

/**
 * Share of a parameter's axis that must lie in the flat directions for it to be named: Σⱼ vᵢⱼ² over the
 * flat eigenvectors vⱼ ≥ 0.1 (a component of at least 0.32); rounding noise in the other parameters'
 * components stays far below.
 */
const FLAT_SHARE = 0.1;

/**
 * A minimum the data must meet before a fit is tried: `have` of something counted, `need` at least.
 *
 * @internal
 */
export interface DataRequirement {
  /** How many the data have. */
  readonly have: number;
  /** How many are needed. */
  readonly need: number;
  /** What is counted, singular and plural ("distinct repeat-buyer history", "… histories"). */
  readonly counted: readonly [singular: string, plural: string];
  /** Context after the count ("among 500 customers"), or "". */
  readonly context: string;
  /** Why that many are needed, in words. */
  readonly why: string;
}

/**
 * What a parameter running to a boundary means for the model, towards ∞ (`high`) and towards 0 (`low`).
 *
 * @internal
 */
export interface BoundaryMeaning {
  /** Meaning of θ → ∞. */
  readonly high: string;
  /** Meaning of θ → 0. */
  readonly low: string;
}

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
  /** What an observation is, singular and plural ("customer", "customers"), for messages. */
  readonly observationNoun: readonly [singular: string, plural: string];
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
   * Optional analytic Hessian of ln L in the log-parameters, or null where it is not finite; without it, the
   * Hessian comes from forward differences of the gradient (k more likelihood passes).
   */
  readonly logLikelihoodHessian?: ((logParams: Float64Array) => number[][] | null) | undefined;
  /**
   * Optional cheap approximation of `logLikelihood` on the same scale (e.g. from a weighted subsample of
   * a large data set), used to find a start point and a preconditioner before the full fit.
   */
  readonly coarseLogLikelihood?: ((logParams: Float64Array, gradient: Float64Array) => number) | undefined;
  /**
   * The model's own data requirements, checked (with the driver's: at least as many customers as
   * parameters) before the fit.
   */
  readonly requirements: readonly DataRequirement[];
  /** What each parameter running to a boundary means, in the order of `names`. */
  readonly boundaries: readonly BoundaryMeaning[];
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

function plural(count: number, [one, many]: readonly [string, string]): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Throws `insufficient_data` for the first unmet requirement: at least as many customers as parameters
 * (k parameters cannot be identified by fewer than k independent observations), then the model's own.
 */
function checkRequirements(model: LikelihoodModel): void {
  const k = model.names.length;
  const all: DataRequirement[] = [
    {
      have: model.observations,
      need: k,
      counted: model.observationNoun,
      context: "",
      why: `${k} parameters (${model.names.join(", ")}) cannot be identified by fewer than ${k} independent observations`,
    },
    ...model.requirements,
  ];
  for (const r of all) {
    if (r.have >= r.need) continue;
    const message = `${plural(r.have, r.counted)}${r.context}, at least ${r.need} needed`;
    throw new ClienteleDomainError("insufficient_data", `${model.fnName}: insufficient data: ${message}; ${r.why}`, {
      issues: [{ code: "insufficient_data", path: ["data"], message }],
    });
  }
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
  checkRequirements(model);
  const penalty = options.penalty;
  const objectiveOf = (
    ll: (phi: Float64Array, gradient: Float64Array) => number,
  ): ((phi: Float64Array, gradient: Float64Array) => number) => {
    // The last point and its results: the optimiser's last point is asked for again (the final ln L, the
    // centre of the Hessian's differences).
    const lastPhi = new Float64Array(k).fill(Number.NaN);
    const lastGradient = new Float64Array(k);
    let lastValue = Number.NaN;
    return (phi, gradient) => {
      let same = true;
      for (let i = 0; i < k; i++) same = same && phi[i] === lastPhi[i];
      if (same) {
        gradient.set(lastGradient);
        return lastValue;
      }
      const value = ll(phi, gradient);
      if (!Number.isFinite(value)) return Number.NaN;
      let pen = 0;
      for (let i = 0; i < k; i++) {
        const p = phi[i]!;
        pen += p * p;
        gradient[i] = -gradient[i]! / n + 2 * penalty * p;
      }
      lastPhi.set(phi);
      lastGradient.set(gradient);
      lastValue = -value / n + penalty * pen;
      return lastValue;
    };
  };
  const objective = objectiveOf(logLikelihood);
  const startValues = names.map((_, i) => options.start[i] ?? model.defaultStart[i]!);
  const start = Float64Array.from(startValues, Math.log);
  const work = new Float64Array(k);
  const checkStart = (): void => {
    if (Number.isFinite(objective(start, work))) return;
    throw new ClienteleDomainError(
      "domain_error",
      `${fnName}: the log-likelihood is not finite at the start values (${formatParams(names, startValues)}); give other options.start`,
      { issues: [{ code: "domain_error", path: ["options", "start"], message: "log-likelihood not finite here" }] },
    );
  };
  // With a coarse stage, the full likelihood is first evaluated where that stage ends (its start is only
  // checked if the coarse stage fails, or if the full likelihood is not finite there).
  if (model.coarseLogLikelihood === undefined) checkStart();
  const { onProgress, signal } = options.control;
  throwIfAborted(fnName, signal);
  const tracked = onProgress !== undefined || signal !== undefined;
  const bfgsIn = (phase: string): OptimiserOptions => ({
    tolerance: options.tolerance,
    maxIterations: options.maxIterations,
    // The signal is checked here, so that `aborted` names the fit, not minimizeBfgs.
    onProgress: tracked
      ? (p: Progress): void => {
          throwIfAborted(fnName, signal);
          onProgress?.({ done: p.done, total: p.total, phase });
        }
      : undefined,
  });
  const coarse =
    model.coarseLogLikelihood === undefined
      ? undefined
      : precondition(objectiveOf(model.coarseLogLikelihood), start, bfgsIn("prefit"));
  let result: OptimiserResult | undefined;
  let phi = new Float64Array(k);
  if (coarse !== undefined) {
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
    if (Number.isFinite(whitened(new Float64Array(k), work))) {
      result = minimizeBfgs(whitened, new Float64Array(k), bfgsIn("fit"));
      toPhi(result.x, phi);
    }
  }
  if (result === undefined) {
    if (model.coarseLogLikelihood !== undefined) checkStart();
    result = minimizeBfgs(objective, start, bfgsIn("fit"));
    phi = Float64Array.from(result.x);
  }
  const params = Float64Array.from(phi, Math.exp);
  const ll = logLikelihood(phi, work);
  throwIfAborted(fnName, signal);
  // The Hessian of −ln L (penalised) in φ, or null where the likelihood is not finite around φ̂.
  let information: number[][] | null = null;
  try {
    information =
      model.logLikelihoodHessian === undefined
        ? (forwardDifferenceHessian(objective, phi)?.map((row) => row.map((v) => v * n)) ?? null)
        : (model.logLikelihoodHessian(phi)?.map((row, i) => row.map((v, j) => -v + (i === j ? 2 * penalty * n : 0))) ??
          null);
  } catch (error) {
    if (!isClienteleError(error, "domain_error")) throw error;
  }
  const boundaries = boundaryWarnings(model, phi, start, information);
  const warnings: FitWarning[] = [];
  if (!result.converged) {
    const advice =
      boundaries.length > 0
        ? `the data do not determine ${boundaries.map((w) => w.parameter).join(", ")} (${boundaries.map((w) => w.message).join("; ")}); give more data`
        : "raise options.maxIterations, loosen options.tolerance, or give options.start closer to the solution " +
          "(options.allowNonConvergence: true returns the last estimate)";
    if (!options.allowNonConvergence) {
      throw new ClienteleConvergenceError(
        `${fnName}: did not converge after ${result.iterations} iterations (${result.message}); ${advice}`,
        { iterations: result.iterations, lastValue: ll },
      );
    }
    warnings.push({
      code: "not_converged",
      parameter: null,
      message: `did not converge after ${result.iterations} iterations (${result.message}); the estimates are the last point reached`,
    });
  }
  warnings.push(...boundaries);
  let standardErrors: Record<string, number> | null = null;
  let covariance: number[][] | null = null;
  if (options.standardErrors) {
    covariance = covarianceAt(information, params, warnings);
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
 * A `parameter_at_boundary` warning for each parameter whose |ln θ̂| exceeds BOUNDARY_LOG or that lies in
 * a flat direction of the likelihood (see flatParameters), saying what its boundary means for the model.
 * The direction (towards ∞ or 0) is the sign of ln θ̂ beyond the bound, else where θ̂ went from the start.
 */
function boundaryWarnings(
  model: LikelihoodModel,
  phi: Float64Array,
  start: Float64Array,
  information: readonly (readonly number[])[] | null,
): FitWarning[] {
  const k = phi.length;
  const flat = information === null ? new Array<boolean>(k).fill(false) : flatParameters(information);
  const warnings: FitWarning[] = [];
  for (let i = 0; i < k; i++) {
    const far = Math.abs(phi[i]!) > BOUNDARY_LOG;
    if (!far && !flat[i]) continue;
    const value = Math.exp(phi[i]!).toPrecision(3);
    const high = far ? phi[i]! > 0 : phi[i]! > start[i]!;
    const evidence = far
      ? `ran to ${value}, where the likelihood still improves towards ${high ? "∞" : "0"}`
      : `= ${value} is not determined by the data: the likelihood is flat in its direction (a factor of 1000 ${high ? "up" : "down"} changes ln L by less than 1.92)`;
    const meaning = high ? model.boundaries[i]!.high : model.boundaries[i]!.low;
    warnings.push({
      code: "parameter_at_boundary",
      parameter: model.names[i]!,
      message: `${model.names[i]} ${evidence}: ${meaning} (options.penalty keeps parameters finite)`,
    });
  }
  return warnings;
}

/**
 * For each parameter, whether it lies in a flat direction of the likelihood: Σⱼ vᵢⱼ² ≥ FLAT_SHARE over
 * the eigenvectors vⱼ of the Hessian whose eigenvalue is below FLAT_CURVATURE (negative ones included).
 */
function flatParameters(information: readonly (readonly number[])[]): boolean[] {
  const { values, vectors } = symmetricEigen(information);
  return vectors.map((row) => {
    let share = 0;
    for (let j = 0; j < values.length; j++) if (values[j]! < FLAT_CURVATURE) share += row[j]! * row[j]!;
    return share >= FLAT_SHARE;
  });
}

/**
 * Fits the coarse objective and factors its Hessian there (Cholesky, lower triangle row-major), for the
 * full fit to start at that point in whitened coordinates; undefined if any step fails (the full fit then
 * runs from the ordinary start).
 */
function precondition(
  coarse: (phi: Float64Array, gradient: Float64Array) => number,
  start: Float64Array,
  bfgs: OptimiserOptions,
): { origin: Float64Array; lower: Float64Array } | undefined {
  const k = start.length;
  if (!Number.isFinite(coarse(start, new Float64Array(k)))) return undefined;
  const first = minimizeBfgs(coarse, start, bfgs);
  if (!first.converged) return undefined;
  const h = forwardDifferenceHessian(coarse, first.x);
  if (h === null) return undefined;
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
  information: readonly (readonly number[])[] | null,
  params: Float64Array,
  warnings: FitWarning[],
): number[][] | null {
  const k = params.length;
  let inverse: readonly (readonly number[])[];
  try {
    if (information === null) throw new ClienteleDomainError("domain_error", "log-likelihood not finite near φ̂");
    inverse = invertSymmetric(information);
  } catch (error) {
    if (!isClienteleError(error, "domain_error")) throw error;
    warnings.push({
      code: "standard_errors_unavailable",
      parameter: null,
      message:
        "standard errors unavailable: the Hessian of the log-likelihood is not positive definite at the estimates (a flat or boundary optimum); standardErrors and covariance are null",
    });
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
      warnings.push({
        code: "standard_errors_unavailable",
        parameter: null,
        message:
          "standard errors unavailable: the covariance matrix is not finite; standardErrors and covariance are null",
      });
      return null;
    }
  }
  return covariance;
}
