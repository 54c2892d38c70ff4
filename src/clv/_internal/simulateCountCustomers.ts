import * as z from "zod/mini";
import type { $ZodType } from "zod/v4/core";
import { type CounterStream, createCounterStream } from "../../_lib/splitMix64.ts";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import type { SimulatedSummaries } from "../SimulatedSummaries.ts";
import { readSimulationAges } from "./readSimulationAges.ts";

/**
 * Most customers one call simulates: 10⁷, as for BG/BB and sBG. The output takes 28 bytes a customer
 * (280 MB at the limit); the former limit 2³² − 1 needed 120 GB and failed with an untyped RangeError.
 */
const MAX_CUSTOMERS = 10_000_000;

/**
 * Draws one customer of a count model into `out`: `out[0]` = x (NaN when the customer would exceed the
 * purchase cap), `out[1]` = t_x. Implementations read uniforms from `stream` keyed by (seed, customer).
 *
 * @internal
 */
export type DrawCountCustomer<P> = (
  stream: CounterStream,
  seed: number,
  customer: number,
  params: P,
  T: number,
  out: Float64Array,
) => void;

/**
 * The shared driver of the count-model simulators (`simulateBgNbd`, `simulateMbgNbd`,
 * `simulateParetoNbd`): validates `{ params, customers, T, seed }` with the model's parameter schema,
 * reads T (one value or one per customer), and draws every customer with `draw` into typed-array columns
 * without per-customer allocation.
 *
 * @param fn - Public function name (error messages).
 * @param paramsSchema - The model's parameter schema.
 * @param options - The untrusted options.
 * @param draw - Draws one customer.
 * @returns The simulated summaries.
 * @throws {@link ClienteleInputError} `invalid_input` for bad options (paths `params.r`, `customers`, `T[i]`, `seed`).
 * @throws {@link ClienteleDomainError} `domain_error` when a customer would make more than 10⁶ purchases.
 * @internal
 */
export function simulateCountCustomers<P>(
  fn: string,
  paramsSchema: $ZodType<P>,
  options: unknown,
  draw: DrawCountCustomer<P>,
): SimulatedSummaries {
  const schema = z.strictObject({
    params: paramsSchema,
    customers: z.int().check(z.gte(1), z.lte(MAX_CUSTOMERS)),
    T: z.unknown(),
    seed: z.int().check(z.gte(0)),
  });
  const {
    params,
    customers: n,
    T,
    seed,
  } = parseInput(fn, schema, options) as {
    params: P;
    customers: number;
    T: unknown;
    seed: number;
  };
  const ages = readSimulationAges(fn, T, n);
  const customerId = new Uint32Array(n);
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const stream = createCounterStream();
  const out = new Float64Array(5);
  for (let i = 0; i < n; i++) {
    draw(stream, seed, i, params, ages[i]!, out);
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
