import { simulateCountCustomers } from "../_internal/simulateCountCustomers.ts";
import { drawBgNbdFamilyCustomer } from "../bgNbd/_internal/drawBgNbdFamilyCustomer.ts";
import type { SimulatedSummaries } from "../SimulatedSummaries.ts";
import { type MbgNbdParams, MbgNbdParamsSchema } from "./MbgNbdParams.ts";

/**
 * Options of {@link simulateMbgNbd}.
 *
 * @example
 * ```ts
 * import type { SimulateMbgNbdOptions } from "clientele/clv";
 * const options: SimulateMbgNbdOptions = { params: { r: 0.52, alpha: 6.2, a: 0.89, b: 1.61 }, customers: 10_000, T: 39, seed: 7 };
 * ```
 * @category MBG/NBD
 */
export interface SimulateMbgNbdOptions {
  /** Population parameters (α per time unit of `T`). */
  readonly params: MbgNbdParams;
  /** Number of customers, an integer in [1, 10⁷] (more is `invalid_input`: the output takes 28 bytes a customer). */
  readonly customers: number;
  /** Observation length from each customer's first purchase: one value for all, or one per customer (each finite, ≥ 0). */
  readonly T: number | ArrayLike<number>;
  /** Seed: a safe integer ≥ 0. The same seed gives the same customers, and customer i does not depend on how many are drawn. */
  readonly seed: number;
}

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
 * import { simulateMbgNbd } from "clientele/clv";
 * const sim = simulateMbgNbd({ params: { r: 0.52, alpha: 6.2, a: 0.89, b: 1.61 }, customers: 3, T: 39, seed: 7 });
 * sim.frequency.length; // => 3
 * ```
 * @category MBG/NBD
 */
export function simulateMbgNbd(options: SimulateMbgNbdOptions): SimulatedSummaries {
  return simulateCountCustomers(
    "simulateMbgNbd",
    MbgNbdParamsSchema,
    options,
    (stream, seed, i, { r, alpha, a, b }, T, out) =>
      drawBgNbdFamilyCustomer(stream, seed, i, r, alpha, a, b, T, true, out),
  );
}
