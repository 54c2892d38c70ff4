import { simulateCountCustomers } from "../_internal/simulateCountCustomers.ts";
import type { SimulatedSummaries } from "../SimulatedSummaries.ts";
import { drawBgNbdFamilyCustomer } from "./_internal/drawBgNbdFamilyCustomer.ts";
import { type BgNbdParams, BgNbdParamsSchema } from "./BgNbdParams.ts";

/**
 * Options of {@link simulateBgNbd}.
 *
 * @example
 * ```ts
 * import type { SimulateBgNbdOptions } from "clientele/clv";
 * const g1: SimulateBgNbdOptions = { params: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, customers: 1_000_000, T: 52, seed: 42 };
 * ```
 * @category BG/NBD
 */
export interface SimulateBgNbdOptions {
  /** Population parameters (α per time unit of `T`). */
  readonly params: BgNbdParams;
  /** Number of customers, an integer in [1, 10⁷] (more is `invalid_input`: the output takes 28 bytes a customer). */
  readonly customers: number;
  /** Observation length from each customer's first purchase: one value for all, or one per customer (each finite, ≥ 0). */
  readonly T: number | ArrayLike<number>;
  /** Seed: a safe integer ≥ 0. The same seed gives the same customers, and customer i does not depend on how many are drawn. */
  readonly seed: number;
}

/**
 * Simulates customers of the BG/NBD model and returns their summaries (x, t_x, T): seeded, reproducible
 * data for tests, notebooks and benchmarks.
 *
 * @remarks
 * Each customer i draws λ = g/α with g ~ Gamma(r) and p = X/(X + Y) with X ~ Gamma(a), Y ~ Gamma(b)
 * (Marsaglia & Tsang 2000), then buys at exponential intervals of rate λ until T, dropping out after each
 * purchase with probability p. The first purchase is at time 0 and not counted; purchases are in continuous
 * time (never merged). Every uniform comes from a counter-based SplitMix64 keyed by (seed, customer,
 * substream, draw), so customer i is the same whatever the number of customers, and the generator is the
 * G1 generator of the project's benchmarks: `simulateBgNbd({ params: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 },
 * customers: 1_000_000, T: 52, seed: 42 })` reproduces G1's integer outputs exactly (Σx = 1,590,043, 516,768
 * customers with x = 0) and its real outputs up to the last bit of `Math.log`/`Math.pow`
 * (test/clv/bgNbd/simulateBgNbd.test.ts checks the first 100,000). About 1.3 s per million customers.
 *
 * @param options - Parameters, number of customers, T, seed.
 * @returns Summary columns (`customerId` = index).
 * @throws {@link ClienteleInputError} `invalid_input` for bad options (paths `params.r`, `T[3]`, …), or a `T`
 *   array whose length is not `customers`.
 * @throws {@link ClienteleDomainError} `domain_error` if a customer would make more than 10⁶ purchases.
 * @example
 * ```ts
 * import { simulateBgNbd } from "clientele/clv";
 * const g1 = simulateBgNbd({ params: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, customers: 5, T: 52, seed: 42 });
 * [...g1.frequency]; // => [0, 1, 1, 1, 0]
 * g1.recency[2]; // => 19.704378437756933
 * ```
 * @category BG/NBD
 */
export function simulateBgNbd(options: SimulateBgNbdOptions): SimulatedSummaries {
  return simulateCountCustomers(
    "simulateBgNbd",
    BgNbdParamsSchema,
    options,
    (stream, seed, i, { r, alpha, a, b }, T, out) =>
      drawBgNbdFamilyCustomer(stream, seed, i, r, alpha, a, b, T, false, out),
  );
}
