import { simulateCountCustomers } from "../_internal/simulateCountCustomers.ts";
import type { SimulatedSummaries } from "../SimulatedSummaries.ts";
import { drawParetoNbdCustomer } from "./_internal/drawParetoNbdCustomer.ts";
import { type ParetoNbdParams, ParetoNbdParamsSchema } from "./ParetoNbdParams.ts";

/**
 * Options of {@link simulateParetoNbd}.
 *
 * @example
 * ```ts
 * import type { SimulateParetoNbdOptions } from "clientele/clv";
 * const options: SimulateParetoNbdOptions = { params: { r: 0.55, alpha: 10.6, s: 0.61, beta: 11.7 }, customers: 10_000, T: 39, seed: 7 };
 * ```
 * @category Pareto/NBD
 */
export interface SimulateParetoNbdOptions {
  /** Population parameters (α, β per time unit of `T`). */
  readonly params: ParetoNbdParams;
  /** Number of customers, an integer in [1, 10⁷] (more is `invalid_input`: the output takes 28 bytes a customer). */
  readonly customers: number;
  /** Observation length from each customer's first purchase: one value for all, or one per customer (each finite, ≥ 0). */
  readonly T: number | ArrayLike<number>;
  /** Seed: a safe integer ≥ 0. The same seed gives the same customers, and customer i does not depend on how many are drawn. */
  readonly seed: number;
}

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
 * @category Pareto/NBD
 */
export function simulateParetoNbd(options: SimulateParetoNbdOptions): SimulatedSummaries {
  return simulateCountCustomers(
    "simulateParetoNbd",
    ParetoNbdParamsSchema,
    options,
    (stream, seed, i, { r, alpha, s, beta }, T, out) =>
      drawParetoNbdCustomer(stream, seed, i, r, alpha, s, beta, T, out),
  );
}
