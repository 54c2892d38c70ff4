import * as z from "zod/mini";
import { createCounterStream } from "../../_lib/splitMix64.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { drawShiftedBetaGeometricCustomer } from "./_internal/drawShiftedBetaGeometricCustomer.ts";
import { type ShiftedBetaGeometricParams, ShiftedBetaGeometricParamsSchema } from "./ShiftedBetaGeometricParams.ts";

const MAX_CUSTOMERS = 10_000_000;
const MAX_PERIODS = 10_000_000;

/**
 * Options of {@link simulateShiftedBetaGeometric}.
 *
 * @example
 * ```ts
 * import type { SimulateShiftedBetaGeometricOptions } from "clientele/clv";
 * const options: SimulateShiftedBetaGeometricOptions = { params: { alpha: 0.704, beta: 1.182 }, customers: 1000, periods: 7, seed: 1 };
 * ```
 * @category sBG
 */
export interface SimulateShiftedBetaGeometricOptions {
  /** Population parameters α, β. */
  readonly params: ShiftedBetaGeometricParams;
  /** Number of customers in the cohort, an integer in [1, 10⁷]. */
  readonly customers: number;
  /** Periods observed (renewal decisions), an integer in [1, 10⁷]; customers still active then are censored. */
  readonly periods: number;
  /** Seed: a safe integer ≥ 0. The same seed gives the same customers, and customer i does not depend on how many are drawn. */
  readonly seed: number;
}

/**
 * A cohort simulated by {@link simulateShiftedBetaGeometric}, in both shapes {@link fitShiftedBetaGeometric}
 * accepts.
 *
 * @example
 * ```ts
 * import { simulateShiftedBetaGeometric, type SimulatedRetention } from "clientele/clv";
 * const sim: SimulatedRetention = simulateShiftedBetaGeometric({ params: { alpha: 1, beta: 2 }, customers: 3, periods: 4, seed: 7 });
 * sim.survivors.length; // => 5
 * sim.durations.length; // => 3
 * ```
 * @category sBG
 */
export interface SimulatedRetention {
  /** `survivors[t]`: customers active at the start of period t, t = 0 … `periods` (`survivors[0]` = customers). */
  readonly survivors: number[];
  /** One row per customer i (in order): churned in period `periods`, or still active after `periods` periods. */
  readonly durations: {
    /** Period in which the customer churned, or `periods` if still active. */
    readonly periods: number;
    /** Whether the customer churned within the simulated periods. */
    readonly churned: boolean;
  }[];
  /** Each customer's drawn churn probability θᵢ (for checks; not observable in real data). */
  readonly churnProbabilities: Float64Array;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  params: ShiftedBetaGeometricParamsSchema,
  customers: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(MAX_CUSTOMERS)),
  periods: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(MAX_PERIODS)),
  seed: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
});

/**
 * Simulates a cohort under the shifted-beta-geometric (sBG) model: seeded, reproducible survivor counts
 * and individual right-censored durations for tests, notebooks and benchmarks.
 *
 * @remarks
 * Each customer i draws a churn probability θ = X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β)
 * (Marsaglia & Tsang 2000), i.e. θ ~ Beta(α, β), then renews at the end of each period with probability
 * 1 − θ: the lifetime T is geometric, T = ⌈ln u / ln(1 − θ)⌉ by inversion, P(T > t) = (1 − θ)^t. A
 * customer with T ≤ `periods` is `{ periods: T, churned: true }`, the others `{ periods, churned: false }`.
 * Every uniform comes from the project's counter-based SplitMix64 keyed by (seed, customer, substream,
 * draw), so customer i is the same whatever the number of customers. The survivor counts are the number
 * of customers with T > t.
 *
 * @param options - Parameters, customers, periods, seed ({@link SimulateShiftedBetaGeometricOptions}).
 * @returns Survivor counts, durations and the drawn θ ({@link SimulatedRetention}).
 * @throws {@link ClienteleInputError} `invalid_input` for bad options (paths `params.alpha`, `periods`, …).
 * @example
 * ```ts
 * import { fitShiftedBetaGeometric, simulateShiftedBetaGeometric } from "clientele/clv";
 * const sim = simulateShiftedBetaGeometric({ params: { alpha: 0.704, beta: 1.182 }, customers: 1000, periods: 7, seed: 2007 });
 * sim.survivors[0]; // => 1000
 * const fit = fitShiftedBetaGeometric({ survivors: sim.survivors }, { unit: "year" });
 * fit.converged; // => true
 * ```
 * @see {@link fitShiftedBetaGeometric}
 * @category sBG
 */
export function simulateShiftedBetaGeometric(options: SimulateShiftedBetaGeometricOptions): SimulatedRetention {
  const fn = "simulateShiftedBetaGeometric";
  const { params, customers, periods, seed } = parseInput(fn, OptionsSchema, options);
  const stream = createCounterStream();
  const out = new Float64Array(2);
  const churnedIn = new Float64Array(periods + 1);
  const durations: { periods: number; churned: boolean }[] = new Array(customers);
  const churnProbabilities = new Float64Array(customers);
  for (let i = 0; i < customers; i++) {
    drawShiftedBetaGeometricCustomer(stream, seed, i, params.alpha, params.beta, out);
    const T = out[0]!;
    churnProbabilities[i] = out[1]!;
    if (T <= periods) {
      churnedIn[T]!++;
      durations[i] = { periods: T, churned: true };
    } else {
      durations[i] = { periods, churned: false };
    }
  }
  const survivors: number[] = [customers];
  for (let t = 1; t <= periods; t++) survivors.push(survivors[t - 1]! - churnedIn[t]!);
  return { survivors, durations, churnProbabilities };
}
