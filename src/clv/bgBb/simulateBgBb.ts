import * as z from "zod/mini";
import { createCounterStream, nextUnit, selectEntity, selectSubstream } from "../../_lib/splitMix64.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { sampleGamma } from "../_internal/sampleGamma.ts";
import { type BgBbParams, BgBbParamsSchema } from "./BgBbParams.ts";

/**
 * Options of {@link simulateBgBb}.
 *
 * @example
 * ```ts
 * import type { SimulateBgBbOptions } from "clientele/clv";
 * const options: SimulateBgBbOptions = { params: { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.8 }, customers: 1000, opportunities: 6, seed: 1 };
 * ```
 * @category BG/BB
 */
export interface SimulateBgBbOptions {
  /** Population parameters. */
  readonly params: BgBbParams;
  /** Number of customers, an integer in [1, 10⁷]. */
  readonly customers: number;
  /** Opportunities n observed for every customer, an integer in [0, 10⁴]. */
  readonly opportunities: number;
  /**
   * Holdout opportunities n + 1 … n + n* simulated after the calibration ones, an integer in [0, 10⁴]
   * (default 0): their transactions give `holdoutFrequency`.
   */
  readonly holdoutOpportunities?: number | undefined;
  /** Seed: a safe integer ≥ 0. The same seed gives the same customers; customer i does not depend on how many are drawn. */
  readonly seed: number;
}

/**
 * Simulated BG/BB patterns, one entry per customer (customer i at index i).
 *
 * @example
 * ```ts
 * import { type SimulatedBgBbPatterns, simulateBgBb } from "clientele/clv";
 * const sim: SimulatedBgBbPatterns = simulateBgBb({ params: { alpha: 1, beta: 1, gamma: 1, delta: 3 }, customers: 2, opportunities: 6, seed: 3 });
 * sim.opportunities.length; // => 2
 * ```
 * @category BG/BB
 */
export interface SimulatedBgBbPatterns {
  /** x of each customer. */
  readonly frequency: Float64Array;
  /** t_x of each customer. */
  readonly recency: Float64Array;
  /** n of each customer. */
  readonly opportunities: Float64Array;
  /** Transactions of each customer at the holdout opportunities (all 0 without `holdoutOpportunities`). */
  readonly holdoutFrequency: Float64Array;
  /**
   * Transactions of all customers at each opportunity: index k is opportunity k + 1, over the calibration
   * and holdout opportunities (length n + n*); the "actual" series of a tracking plot.
   */
  readonly purchasesByOpportunity: Float64Array;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  params: BgBbParamsSchema,
  customers: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(10_000_000)),
  opportunities: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(10_000)),
  holdoutOpportunities: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(10_000)),
  ),
  seed: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
});

/** Beta(a, b) variate as X/(X + Y) of two gammas, from the logarithms when both underflow. */
function sampleBeta(a: number, b: number, stream: Int32Array, logs: Float64Array): number {
  const x = sampleGamma(a, stream, logs);
  const logX = logs[0]!;
  const y = sampleGamma(b, stream, logs);
  return x + y > 0 ? x / (x + y) : 1 / (1 + Math.exp(logs[0]! - logX));
}

/**
 * Simulates customers of the BG/BB model (Fader, Hardie & Shang 2010) and returns their patterns
 * (x, t_x, n): seeded, reproducible data for tests and notebooks.
 *
 * @remarks
 * Customer i draws p ~ Beta(α, β) (substream 0) and θ ~ Beta(γ, δ) (substream 1), each as X/(X + Y) of two
 * Marsaglia–Tsang gamma variates; then, from substream 2, for opportunities t = 1 … n: the customer
 * drops out at the start of t with probability θ (and stays out), else transacts with probability p. The
 * holdout opportunities n + 1 … n + n* continue the same process (same draws), so adding a holdout does
 * not change the calibration patterns.
 * Uniforms come from the counter-based SplitMix64 keyed by (seed, customer, substream, draw).
 *
 * @param options - Parameters, number of customers, opportunities, seed.
 * @returns Pattern columns, holdout transactions and transactions per opportunity.
 * @throws {@link ClienteleInputError} `invalid_input` for bad options (paths `params.alpha`, `opportunities`).
 * @example
 * ```ts
 * import { fitBgBb, simulateBgBb } from "clientele/clv";
 * const sim = simulateBgBb({ params: { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.8 }, customers: 5000, opportunities: 6, seed: 7 });
 * fitBgBb(sim, { unit: "year" }).converged; // => true
 * ```
 * @category BG/BB
 */
export function simulateBgBb(options: SimulateBgBbOptions): SimulatedBgBbPatterns {
  const parsed = parseInput("simulateBgBb", OptionsSchema, options);
  const { params, customers, opportunities: n, seed } = parsed;
  const total = n + (parsed.holdoutOpportunities ?? 0);
  const frequency = new Float64Array(customers);
  const holdoutFrequency = new Float64Array(customers);
  const purchasesByOpportunity = new Float64Array(total);
  const recency = new Float64Array(customers);
  const opportunities = new Float64Array(customers).fill(n);
  const stream = createCounterStream();
  const logs = new Float64Array(1);
  for (let i = 0; i < customers; i++) {
    selectEntity(stream, seed, i);
    selectSubstream(stream, 0);
    const p = sampleBeta(params.alpha, params.beta, stream, logs);
    selectSubstream(stream, 1);
    const theta = sampleBeta(params.gamma, params.delta, stream, logs);
    selectSubstream(stream, 2);
    let x = 0;
    let tx = 0;
    let holdout = 0;
    for (let t = 1; t <= total; t++) {
      if (nextUnit(stream) < theta) break;
      if (nextUnit(stream) < p) {
        purchasesByOpportunity[t - 1]! += 1;
        if (t > n) {
          holdout++;
        } else {
          x++;
          tx = t;
        }
      }
    }
    frequency[i] = x;
    recency[i] = tx;
    holdoutFrequency[i] = holdout;
  }
  return { frequency, recency, opportunities, holdoutFrequency, purchasesByOpportunity };
}
