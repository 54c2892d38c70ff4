import * as z from "zod/mini";
import { readSimulationAges } from "../../_lib/readSimulationAges.ts";
import { createCounterStream } from "../../_lib/splitMix64.ts";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import type { SimulatedSummaries } from "../SimulatedSummaries.ts";
import { drawParetoNbdCustomer } from "./drawParetoNbdCustomer.ts";
import { type ParetoNbdParams, ParetoNbdParamsSchema } from "./ParetoNbdParams.ts";

const MAX_CUSTOMERS = 4294967295;

/**
 * Options of {@link simulateParetoNbd}.
 *
 * @example
 * ```ts
 * import type { SimulateParetoNbdOptions } from "clientele/clv";
 * const options: SimulateParetoNbdOptions = { params: { r: 0.55, alpha: 10.6, s: 0.61, beta: 11.7 }, customers: 10_000, T: 39, seed: 7 };
 * ```
 * @category CLV
 */
export interface SimulateParetoNbdOptions {
  /** Population parameters (α, β per time unit of `T`). */
  readonly params: ParetoNbdParams;
  /** Number of customers, an integer in [1, 2³² − 1]. */
  readonly customers: number;
  /** Observation length from each customer's first purchase: one value for all, or one per customer (each finite, ≥ 0). */
  readonly T: number | ArrayLike<number>;
  /** Seed: a safe integer ≥ 0. The same seed gives the same customers, and customer i does not depend on how many are drawn. */
  readonly seed: number;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  params: ParetoNbdParamsSchema,
  customers: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(MAX_CUSTOMERS)),
  T: /* @__PURE__ */ z.unknown(),
  seed: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
});

/**
 * Simulates customers of the Pareto/NBD model and returns their summaries (x, t_x, T): seeded,
 * reproducible data for tests and benchmarks.
 *
 * @remarks
 * Each customer i draws λ = g/α with g ~ Gamma(r), μ = h/β with h ~ Gamma(s) (Marsaglia & Tsang 2000) and
 * an exponential lifetime τ ~ Exp(μ), then buys at exponential intervals of rate λ while alive and before
 * T. The first purchase is at time 0 and not counted; purchases are in continuous time. Every uniform comes
 * from a counter-based SplitMix64 keyed by (seed, customer, substream, draw), so customer i is the same
 * whatever the number of customers.
 *
 * @param options - Parameters, number of customers, T, seed.
 * @returns Summary columns (`customerId` = index).
 * @throws {@link ClienteleInputError} `invalid_input` for bad options (paths `params.r`, `T[3]`, …), or a `T`
 *   array whose length is not `customers`.
 * @throws {@link ClienteleDomainError} `domain_error` if a customer would make more than 10⁶ purchases.
 * @example
 * ```ts
 * import { simulateParetoNbd } from "clientele/clv";
 * const sim = simulateParetoNbd({ params: { r: 0.55, alpha: 10.6, s: 0.61, beta: 11.7 }, customers: 3, T: 39, seed: 7 });
 * sim.frequency.length; // => 3
 * ```
 * @category CLV
 */
export function simulateParetoNbd(options: SimulateParetoNbdOptions): SimulatedSummaries {
  const fn = "simulateParetoNbd";
  const { params, customers: n, T, seed } = parseInput(fn, OptionsSchema, options);
  const ages = readSimulationAges(fn, T, n);
  const customerId = new Uint32Array(n);
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const stream = createCounterStream();
  const out = new Float64Array(5);
  const { r, alpha, s, beta } = params;
  for (let i = 0; i < n; i++) {
    drawParetoNbdCustomer(stream, seed, i, r, alpha, s, beta, ages[i]!, out);
    const x = out[0]!;
    if (Number.isNaN(x)) {
      throw new ClienteleDomainError(
        "domain_error",
        `${fn}: customer ${i} would make more than 1,000,000 purchases; check params (r/α is the mean purchase rate per unit of T) and T`,
        { issues: [{ code: "domain_error", path: ["params"], message: "purchase rate × T far too large" }] },
      );
    }
    customerId[i] = i;
    frequency[i] = x;
    recency[i] = out[1]!;
  }
  return { customerId, frequency, recency, T: ages };
}
