import * as z from "zod/mini";
import { readSimulationAges } from "../../_lib/readSimulationAges.ts";
import { createCounterStream } from "../../_lib/splitMix64.ts";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import type { SimulatedSummaries } from "../SimulatedSummaries.ts";
import { drawMbgNbdCustomer } from "./drawMbgNbdCustomer.ts";
import { type MbgNbdParams, MbgNbdParamsSchema } from "./MbgNbdParams.ts";

const MAX_CUSTOMERS = 4294967295;

/**
 * Options of {@link simulateModifiedBgNbd}.
 *
 * @example
 * ```ts
 * import type { SimulateModifiedBgNbdOptions } from "clientele/clv";
 * const options: SimulateModifiedBgNbdOptions = { params: { r: 0.52, alpha: 6.2, a: 0.89, b: 1.61 }, customers: 10_000, T: 39, seed: 7 };
 * ```
 * @category CLV
 */
export interface SimulateModifiedBgNbdOptions {
  /** Population parameters (α per time unit of `T`). */
  readonly params: MbgNbdParams;
  /** Number of customers, an integer in [1, 2³² − 1]. */
  readonly customers: number;
  /** Observation length from each customer's first purchase: one value for all, or one per customer (each finite, ≥ 0). */
  readonly T: number | ArrayLike<number>;
  /** Seed: a safe integer ≥ 0. The same seed gives the same customers, and customer i does not depend on how many are drawn. */
  readonly seed: number;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  params: MbgNbdParamsSchema,
  customers: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(MAX_CUSTOMERS)),
  T: /* @__PURE__ */ z.unknown(),
  seed: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
});

/**
 * Simulates customers of the MBG/NBD model and returns their summaries (x, t_x, T): seeded, reproducible
 * data for tests and benchmarks.
 *
 * @remarks
 * Each customer i draws λ = g/α with g ~ Gamma(r) and p = X/(X + Y) with X ~ Gamma(a), Y ~ Gamma(b)
 * (Marsaglia & Tsang 2000); they drop out at time 0 with probability p, otherwise buy at exponential
 * intervals of rate λ until T, dropping out after each purchase with probability p. The first purchase is
 * at time 0 and not counted; purchases are in continuous time. Every uniform comes from a counter-based
 * SplitMix64 keyed by (seed, customer, substream, draw), so customer i is the same whatever the number of
 * customers.
 *
 * @param options - Parameters, number of customers, T, seed.
 * @returns Summary columns (`customerId` = index).
 * @throws {@link ClienteleInputError} `invalid_input` for bad options (paths `params.r`, `T[3]`, …), or a `T`
 *   array whose length is not `customers`.
 * @throws {@link ClienteleDomainError} `domain_error` if a customer would make more than 10⁶ purchases.
 * @example
 * ```ts
 * import { simulateModifiedBgNbd } from "clientele/clv";
 * const sim = simulateModifiedBgNbd({ params: { r: 0.52, alpha: 6.2, a: 0.89, b: 1.61 }, customers: 3, T: 39, seed: 7 });
 * sim.frequency.length; // => 3
 * ```
 * @category CLV
 */
export function simulateModifiedBgNbd(options: SimulateModifiedBgNbdOptions): SimulatedSummaries {
  const fn = "simulateModifiedBgNbd";
  const { params, customers: n, T, seed } = parseInput(fn, OptionsSchema, options);
  const ages = readSimulationAges(fn, T, n);
  const customerId = new Uint32Array(n);
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const stream = createCounterStream();
  const out = new Float64Array(5);
  const { r, alpha, a, b } = params;
  for (let i = 0; i < n; i++) {
    drawMbgNbdCustomer(stream, seed, i, r, alpha, a, b, ages[i]!, out);
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
