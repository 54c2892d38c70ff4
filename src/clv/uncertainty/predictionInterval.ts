import * as z from "zod/mini";
import { describeReceived } from "../../_lib/describeReceived.ts";
import { fillStandardNormals } from "../../_lib/fillStandardNormals.ts";
import { progressPhase, splitProgressOptions, throwIfAborted } from "../../_lib/progress.ts";
import { createCounterStream, selectEntity, selectSubstream } from "../../_lib/splitMix64.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ProgressOptions } from "../../math/ProgressOptions.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { choleskyLower } from "../_internal/choleskyLower.ts";
import type { BgBbModel } from "../bgBb/BgBbModel.ts";
import type { CountModel } from "../CountModelFit.ts";
import { readPredictionModel } from "../predictions/_internal/readPredictionModel.ts";

/**
 * What the interval functions need of a fit: a {@link CountModel} (model, params, unit) and the covariance
 * of its estimates (natural scale, in the model's parameter order, that of a fit's `params`: r, α, a, b for
 * BG/NBD and MBG/NBD, r, α, s, β for Pareto/NBD), as every
 * {@link CountModelFit} made with `standardErrors: true` (the default) carries.
 *
 * @example
 * ```ts
 * import type { CountModelWithCovariance } from "clientele/clv";
 * const fit: CountModelWithCovariance = {
 *   model: "bg-nbd",
 *   params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 *   unit: "week",
 *   covariance: [
 *     [1.6e-4, 3.8e-3, 0, 0],
 *     [3.8e-3, 0.143, 0, 0],
 *     [0, 0, 0.035, 0.12],
 *     [0, 0, 0.12, 0.5],
 *   ],
 * };
 * ```
 * @category Uncertainty
 */
export type CountModelWithCovariance = CountModel & {
  /** Covariance of the estimates (natural scale, the model's parameter order), or `null` (then intervals throw). */
  readonly covariance: readonly (readonly number[])[] | null;
};

/**
 * A BG/BB fit with the covariance of its estimates (order α, β, γ, δ), as every {@link BgBbFit} made
 * with `standardErrors: true` (the default) carries: what the interval functions need of a BG/BB fit.
 *
 * @example
 * ```ts
 * import { type BgBbModelWithCovariance, fitBgBb } from "clientele/clv";
 * const fit: BgBbModelWithCovariance = fitBgBb(
 *   [
 *     { frequency: 0, recency: 0, opportunities: 6, count: 300 },
 *     { frequency: 2, recency: 4, opportunities: 6, count: 200 },
 *     { frequency: 6, recency: 6, opportunities: 6, count: 100 },
 *   ],
 *   { unit: "year" },
 * );
 * ```
 * @category Uncertainty
 */
export type BgBbModelWithCovariance = BgBbModel & {
  /** Covariance of the estimates (natural scale, order α, β, γ, δ), or `null` (then intervals throw). */
  readonly covariance: readonly (readonly number[])[] | null;
};

/**
 * Options of the interval functions ({@link predictionInterval} and its wrappers).
 *
 * @example
 * ```ts
 * import type { PredictionIntervalOptions } from "clientele/clv";
 * const options: PredictionIntervalOptions = { seed: 42, draws: 2000, level: 0.95 };
 * ```
 *
 * `onProgress` gets `{ done, total, phase }` at most about 100 times per phase: phase `"draws"` (total:
 * `draws`), then, for one value per customer, `"percentiles"` (total: the number of values); `signal`
 * cancels with an `aborted` error, checked before starting and at each report ({@link ProgressOptions}).
 * @category Uncertainty
 */
export interface PredictionIntervalOptions extends ProgressOptions {
  /** Seed of the parameter draws: a safe integer ≥ 0 (required: the same seed gives the same interval). */
  readonly seed: number;
  /** Number of parameter draws (an integer in [10, 1,000,000]; default 1000). */
  readonly draws?: number | undefined;
  /** Coverage of the interval, in (0, 1) (default 0.9: the 5th and 95th percentiles). */
  readonly level?: number | undefined;
}

/**
 * An interval for a model quantity: the estimate at the fitted parameters and the bounds of the
 * equal-tailed percentile interval over parameter draws. `R` is `number` for one value, `Float64Array`
 * for one value per customer.
 *
 * @typeParam R - `number` or `Float64Array`.
 * @example
 * ```ts
 * import type { PredictionInterval } from "clientele/clv";
 * const i: PredictionInterval<number> = { estimate: 1.44, lower: 1.38, upper: 1.51, level: 0.9, draws: 1000 };
 * ```
 * @category Uncertainty
 */
export interface PredictionInterval<R extends number | Float64Array> {
  /** The quantity at the fitted parameters (not the mean of the draws). */
  readonly estimate: R;
  /** Lower bound: the (1 − level)/2 percentile of the draws. */
  readonly lower: R;
  /** Upper bound: the (1 + level)/2 percentile of the draws. */
  readonly upper: R;
  /** Coverage level used. */
  readonly level: number;
  /** Number of draws used. */
  readonly draws: number;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  seed: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
  draws: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(10), /* @__PURE__ */ z.lte(1_000_000)),
  ),
  level: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lt(1))),
});

/**
 * An interval for any quantity computed from a fitted count model, reflecting the uncertainty of its
 * estimated parameters, by parametric bootstrap: draw parameters from their estimated sampling
 * distribution, recompute the quantity for each draw, and take percentiles. Works for one number
 * (E[X(52)], mean P(alive), a customer-base lifetime value) or one number per customer (a `Float64Array`).
 *
 * @remarks
 * **Method.** The fit's covariance Cov(θ̂) (natural scale, from the observed information by the delta
 * method) is carried to the log-parameters φ = ln θ, Cov(φ̂)ᵢⱼ = Cov(θ̂)ᵢⱼ/(θ̂ᵢθ̂ⱼ), the scale on which the
 * fit was made and on which the estimates are closer to normal. Each draw is φ = φ̂ + Lz with
 * Cov(φ̂) = LLᵀ (Cholesky) and z standard normal (Marsaglia's polar method on a counter-based SplitMix64
 * keyed by (seed, draw), so draw d is the same whatever the number of draws), and θ = exp(φ) is always
 * positive. `predict` is called with `{ model, params: θ, unit }`; the bounds are the (1 − level)/2 and
 * (1 + level)/2 percentiles of its values (linear interpolation between order statistics, "type 7"),
 * element by element for arrays; `estimate` is `predict` at θ̂.
 *
 * **What the interval means.** It is an interval for the **model quantity** given the uncertainty of the
 * parameters (e.g. "E[X(52)] of a new customer is between 1.38 and 1.51"), **not a predictive interval
 * for what a customer will do**: a customer's future count varies far more (Poisson and dropout noise)
 * than its expectation. Its coverage rests on the asymptotic normality of φ̂, good with thousands of
 * customers: on data simulated from a known BG/NBD, the 90% interval for E[X(52)] covered the true value
 * in at least 14 of 20 replications with 5,000 customers each
 * (test/clv/uncertainty/expectedPurchasesInterval.test.ts); for a single log-parameter the bounds are
 * exp(ln θ̂ ± z σ) to Monte Carlo accuracy (test/clv/uncertainty/predictionInterval.test.ts).
 *
 * Cost: `draws` calls of `predict` and, for arrays, `draws` × length doubles of memory (8 MB per million).
 *
 * @param fit - A fit with its covariance ({@link CountModelWithCovariance}; any {@link CountModelFit} with
 *   standard errors), or a BG/BB fit with its covariance ({@link BgBbModelWithCovariance}).
 * @param predict - The quantity, as a function of a {@link CountModel} (of a {@link BgBbModel} for a BG/BB
 *   fit, whose draws are on its α, β, γ, δ); must return a finite number, or a
 *   `Float64Array` of finite numbers of the same length every time.
 * @param options - `seed` (required), `draws` (1000), `level` (0.9).
 * @returns Estimate and bounds, of the type `predict` returns.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit or options, a covariance that is `null`
 *   (fit with `standardErrors: true`) or not a k × k matrix of finite numbers, or a `predict` result that
 *   is neither a number nor a Float64Array of the first length.
 * @throws {@link ClienteleDomainError} `domain_error` if the covariance is not positive definite or
 *   `predict` returns a value that is not finite; errors thrown by `predict` propagate.
 * @throws {@link ClienteleError} `aborted` when `options.signal` is aborted.
 * @example
 * ```ts
 * import { expectedPurchases, fitBgNbd, predictionInterval, simulateBgNbd } from "clientele/clv";
 * const data = simulateBgNbd({ params: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, customers: 5000, T: 52, seed: 1 });
 * const fit = fitBgNbd(data, { unit: "week" });
 * const i = predictionInterval(fit, (m) => expectedPurchases(m, 52), { seed: 7 });
 * i.lower < i.estimate && i.estimate < i.upper; // => true
 * ```
 * @see {@link probabilityAliveInterval}, {@link conditionalExpectedPurchasesInterval}, {@link expectedPurchasesInterval}
 * @category Uncertainty
 */
export function predictionInterval<R extends number | Float64Array>(
  fit: CountModelWithCovariance,
  predict: (model: CountModel) => R,
  options: PredictionIntervalOptions,
): PredictionInterval<R>;
export function predictionInterval<R extends number | Float64Array>(
  fit: BgBbModelWithCovariance,
  predict: (model: BgBbModel) => R,
  options: PredictionIntervalOptions,
): PredictionInterval<R>;
export function predictionInterval<R extends number | Float64Array>(
  fit: CountModelWithCovariance | BgBbModelWithCovariance,
  predict: ((model: CountModel) => R) | ((model: BgBbModel) => R),
  options: PredictionIntervalOptions,
): PredictionInterval<R> {
  return bootstrapInterval("predictionInterval", fit, predict as (model: CountModel | BgBbModel) => R, options);
}

const DEFAULT_PATHS = { fit: ["fit"], options: ["options"] } as const;

/**
 * The implementation of {@link predictionInterval}, with the public function name for errors and the paths
 * of its fit and options in the caller's arguments (default `fit`, `options`).
 *
 * @internal
 */
export function bootstrapInterval<R extends number | Float64Array>(
  fn: string,
  fit: CountModelWithCovariance | BgBbModelWithCovariance,
  predict: (model: CountModel | BgBbModel) => R,
  options: PredictionIntervalOptions,
  paths: { readonly fit: readonly string[]; readonly options: readonly string[] } = DEFAULT_PATHS,
): PredictionInterval<R> {
  const { kernels, params: fitted } = readPredictionModel(fn, fit, paths.fit);
  const { rest, control } = splitProgressOptions(fn, options, paths.options);
  const { seed, draws: drawsOption, level: levelOption } = parseInput(fn, OptionsSchema, rest, [...paths.options]);
  throwIfAborted(fn, control.signal);
  const draws = drawsOption ?? 1000;
  const level = levelOption ?? 0.9;
  if (typeof predict !== "function") {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["predict"],
          message: `expected function, received ${describeReceived(predict)}`,
          expected: "function",
          received: describeReceived(predict),
        },
      ],
    });
  }
  const names = kernels.parameters;
  const theta = names.map((name) => (fitted as Record<string, number>)[name]!);
  const k = names.length;
  const logCovariance = readLogCovariance(fn, (fit as { covariance?: unknown }).covariance, theta, paths.fit);
  const L = choleskyLower(logCovariance);
  if (L === null) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: the fit's covariance is not positive definite, so parameters cannot be drawn from it`,
      { issues: [{ code: "domain_error", path: [...paths.fit, "covariance"], message: "not positive definite" }] },
    );
  }
  const base = { model: kernels.model, unit: (fit as { unit?: unknown }).unit };
  const estimate = predict({ ...base, params: fitted } as CountModel | BgBbModel);
  const width = checkResult(fn, estimate, -2);
  const values = new Float64Array(draws * Math.max(1, width));
  const stream = createCounterStream();
  const z = new Float64Array(k);
  const logTheta = theta.map(Math.log);
  const drawn = progressPhase(fn, control, draws, "draws");
  for (let d = 0; d < draws; d++) {
    selectEntity(stream, seed, d);
    selectSubstream(stream, 0);
    fillStandardNormals(stream, z);
    const params: Record<string, number> = {};
    for (let i = 0; i < k; i++) {
      const Li = L[i]!;
      let phi = logTheta[i]!;
      for (let j = 0; j <= i; j++) phi += Li[j]! * z[j]!;
      params[names[i]!] = Math.exp(phi);
    }
    const value = predict({ ...base, params } as CountModel | BgBbModel);
    checkResult(fn, value, width);
    if (width < 0) values[d] = value as number;
    else {
      const array = value as Float64Array;
      for (let j = 0; j < width; j++) values[j * draws + d] = array[j]!;
    }
    drawn(d + 1);
  }
  const pLow = (1 - level) / 2;
  const pHigh = (1 + level) / 2;
  if (width < 0) {
    const sorted = values.sort();
    return {
      estimate,
      lower: quantile(sorted, 0, draws, pLow) as R,
      upper: quantile(sorted, 0, draws, pHigh) as R,
      level,
      draws,
    };
  }
  const lower = new Float64Array(width);
  const upper = new Float64Array(width);
  const sorted = progressPhase(fn, control, width, "percentiles");
  for (let j = 0; j < width; j++) {
    const slice = values.subarray(j * draws, (j + 1) * draws).sort();
    lower[j] = quantile(slice, 0, draws, pLow);
    upper[j] = quantile(slice, 0, draws, pHigh);
    sorted(j + 1);
  }
  return { estimate, lower: lower as R, upper: upper as R, level, draws };
}

/** Percentile p of sorted[from, from + n) by linear interpolation between order statistics (type 7). */
function quantile(sorted: Float64Array, from: number, n: number, p: number): number {
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[from + lo]!;
  return a + (h - lo) * (sorted[from + hi]! - a);
}

/**
 * Checks a predict result against what is expected: `width` −2 (first call) accepts a number or a
 * Float64Array, −1 a number, ≥ 0 a Float64Array of that length. Returns −1 for a number, else the length.
 */
function checkResult(fn: string, value: unknown, width: number): number {
  if (typeof value === "number" && width < 0) {
    if (Number.isFinite(value)) return -1;
    throw notFinite(fn, value, []);
  }
  if (value instanceof Float64Array && (width === -2 || value.length === width)) {
    for (let j = 0; j < value.length; j++) {
      if (!Number.isFinite(value[j]!)) throw notFinite(fn, value[j]!, [j]);
    }
    return value.length;
  }
  const expected = width === -2 ? "number | Float64Array" : width === -1 ? "number" : `Float64Array of length ${width}`;
  const received = value instanceof Float64Array ? `Float64Array of length ${value.length}` : describeReceived(value);
  throw new ClienteleInputError(`${fn}: invalid input`, {
    issues: [
      {
        code: "invalid_type",
        path: ["predict"],
        message: `expected predict to return ${expected}, received ${received}`,
        expected,
        received,
      },
    ],
  });
}

function notFinite(fn: string, v: number, at: number[]): ClienteleDomainError {
  return new ClienteleDomainError("domain_error", `${fn}: predict returned ${v}, not a finite number`, {
    issues: [{ code: "domain_error", path: ["predict", ...at], message: `result is ${v}` }],
  });
}

/** Validates the natural-scale covariance (k × k, finite, symmetric) and converts it to the log scale. */
function readLogCovariance(
  fn: string,
  covariance: unknown,
  theta: readonly number[],
  fitPath: readonly string[],
): number[][] {
  const k = theta.length;
  const invalid = (message: string, path: (string | number)[]): ClienteleInputError =>
    new ClienteleInputError(`${fn}: invalid input`, {
      issues: [{ code: "invalid_type", path: [...fitPath, "covariance", ...path], message }],
    });
  if (covariance === null || covariance === undefined) {
    throw invalid(
      "expected the covariance of the estimates, received null; fit with standardErrors: true (the default) — a null covariance also means the Hessian was not positive definite (see fit.warnings)",
      [],
    );
  }
  if (!Array.isArray(covariance) || covariance.length !== k) {
    throw invalid(`expected a ${k} × ${k} matrix (one row per parameter)`, []);
  }
  const out: number[][] = [];
  let scale = 0;
  for (let i = 0; i < k; i++) {
    const row = covariance[i] as unknown;
    if (!Array.isArray(row) || row.length !== k) throw invalid(`expected a row of ${k} numbers`, [i]);
    const logRow: number[] = [];
    for (let j = 0; j < k; j++) {
      const v = row[j] as unknown;
      if (!(typeof v === "number" && Number.isFinite(v)))
        throw invalid(`expected finite number, received ${describeReceived(v)}`, [i, j]);
      logRow.push(v / (theta[i]! * theta[j]!));
      if (i === j) scale = Math.max(scale, Math.abs(v));
    }
    out.push(logRow);
  }
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < i; j++) {
      const a = (covariance[i] as number[])[j]!;
      const b = (covariance[j] as number[])[i]!;
      if (Math.abs(a - b) > 1e-8 * scale)
        throw invalid(`expected a symmetric matrix (entries [${i}][${j}] = ${a} and [${j}][${i}] = ${b})`, [i, j]);
    }
  }
  return out;
}
