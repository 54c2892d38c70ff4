import * as z from "zod/mini";
import { describeReceived } from "../../_lib/describeReceived.ts";
import { collectIssue, createIssueCollector } from "../../_lib/issueCollector.ts";
import { createCounterStream, selectEntity, selectSubstream } from "../../_lib/splitMix64.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { sampleGamma } from "../_internal/sampleGamma.ts";
import { type GammaGammaParams, GammaGammaParamsSchema } from "./GammaGammaParams.ts";

/**
 * Options of {@link simulateGammaGamma}.
 *
 * @example
 * ```ts
 * import type { SimulateGammaGammaOptions } from "clientele/clv";
 * const options: SimulateGammaGammaOptions = { params: { p: 6, q: 4, gamma: 15 }, frequencies: [1, 3, 0], seed: 7 };
 * ```
 * @category Gamma-Gamma
 */
export interface SimulateGammaGammaOptions {
  /** Population parameters. */
  readonly params: GammaGammaParams;
  /** Repeat purchases x of each customer (integers ≥ 0); customers with x = 0 get monetary value 0. */
  readonly frequencies: ArrayLike<number>;
  /** Seed: a safe integer ≥ 0. The same seed gives the same values, and customer i does not depend on the others. */
  readonly seed: number;
}

/**
 * Simulated spend summaries: what {@link simulateGammaGamma} returns, columns that {@link fitGammaGamma}
 * and {@link expectedAverageSpend} accept as they are.
 *
 * @example
 * ```ts
 * import { type SimulatedSpend, simulateGammaGamma } from "clientele/clv";
 * const s: SimulatedSpend = simulateGammaGamma({ params: { p: 6, q: 4, gamma: 15 }, frequencies: [1, 0], seed: 1 });
 * s.monetaryValue[1]; // => 0
 * ```
 * @category Gamma-Gamma
 */
export interface SimulatedSpend {
  /** Customer index 0, 1, …, n − 1. */
  readonly customerId: Uint32Array;
  /** x of each customer (a copy of `frequencies`). */
  readonly frequency: Float64Array;
  /** z̄: mean value of the x repeat purchases (0 when x = 0). */
  readonly monetaryValue: Float64Array;
  /** ν: each customer's latent rate (their mean transaction value is p/ν). */
  readonly nu: Float64Array;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  params: GammaGammaParamsSchema,
  frequencies: /* @__PURE__ */ z.unknown(),
  seed: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
});

/**
 * Simulates the repeat spend of customers of the Gamma-Gamma model, given their repeat purchase counts:
 * seeded, reproducible data for tests and notebooks.
 *
 * @remarks
 * Customer i draws ν = G/γ with G ~ Gamma(q) (substream 0), then the total of their x repeat values,
 * Gamma(px, ν) = Gamma(px)/ν (substream 1; the sum of x independent Gamma(p, ν) values has exactly this
 * distribution), and z̄ = total/x. Gamma variates by Marsaglia & Tsang (2000) from the counter-based
 * SplitMix64 keyed by (seed, customer, substream, draw), as {@link simulateBgNbd}, so customer i is the
 * same whatever the other customers.
 *
 * @param options - Parameters, frequencies, seed.
 * @returns Columns `customerId`, `frequency`, `monetaryValue` and the latent `nu`.
 * @throws {@link ClienteleInputError} `invalid_input` for bad options (paths `params.q`, `frequencies[3]`).
 * @throws {@link ClienteleDomainError} `domain_error` (path `params`) when a customer's ν or mean spend is
 *   not a positive finite double even computed in log space, which tiny shapes (p·x or q around 10⁻³ and
 *   below) cause: spend and ν are never NaN, Infinity or 0.
 * @example
 * ```ts
 * import { fitGammaGamma, simulateGammaGamma } from "clientele/clv";
 * const frequencies = Array.from({ length: 2000 }, (_, i) => 1 + (i % 5));
 * const data = simulateGammaGamma({ params: { p: 6, q: 4, gamma: 15 }, frequencies, seed: 42 });
 * fitGammaGamma(data).n; // => 2000
 * ```
 * @category Gamma-Gamma
 */
export function simulateGammaGamma(options: SimulateGammaGammaOptions): SimulatedSpend {
  const fn = "simulateGammaGamma";
  const { params, frequencies, seed } = parseInput(fn, OptionsSchema, options);
  const length =
    typeof frequencies === "object" && frequencies !== null ? (frequencies as { length?: unknown }).length : undefined;
  if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["frequencies"],
          message: `expected array of integers ≥ 0, received ${describeReceived(frequencies)}`,
          expected: "array",
          received: describeReceived(frequencies),
        },
      ],
    });
  }
  const xs = frequencies as ArrayLike<unknown>;
  const issues = createIssueCollector();
  const frequency = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const x = xs[i];
    if (typeof x === "number" && Number.isSafeInteger(x) && x >= 0) frequency[i] = x;
    else {
      collectIssue(issues, (): ClienteleIssue => {
        const received = describeReceived(x);
        return {
          code: "invalid_value",
          path: ["frequencies", i],
          message: `expected integer ≥ 0, received ${received}`,
          expected: "integer ≥ 0",
          received,
        };
      });
    }
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  const { p, q, gamma } = params;
  const customerId = new Uint32Array(length);
  const monetaryValue = new Float64Array(length);
  const nu = new Float64Array(length);
  const stream = createCounterStream();
  const logDraw = new Float64Array(1);
  for (let i = 0; i < length; i++) {
    customerId[i] = i;
    selectEntity(stream, seed, i);
    selectSubstream(stream, 0);
    let v = sampleGamma(q, stream, logDraw) / gamma;
    // A draw that underflows or overflows is redone in log space; what is still not a positive double
    // cannot be returned (tiny shapes put ln ν and ln z̄ thousands of units from 0).
    if (!(v > 0 && v <= Number.MAX_VALUE)) v = Math.exp(logDraw[0]! - Math.log(gamma));
    if (!(v > 0 && v <= Number.MAX_VALUE)) throw unrepresentable(fn, i, "ν", params);
    nu[i] = v;
    const x = frequency[i]!;
    if (x === 0) continue;
    selectSubstream(stream, 1);
    let z = sampleGamma(p * x, stream, logDraw) / v / x;
    if (!(z > 0 && z <= Number.MAX_VALUE)) z = Math.exp(logDraw[0]! - Math.log(v) - Math.log(x));
    if (!(z > 0 && z <= Number.MAX_VALUE)) throw unrepresentable(fn, i, "the mean spend", params);
    monetaryValue[i] = z;
  }
  return { customerId, frequency, monetaryValue, nu };
}

/** The `domain_error` for a draw that is not a positive finite double even in log space. */
function unrepresentable(
  fn: string,
  customer: number,
  what: string,
  params: { p: number; q: number; gamma: number },
): ClienteleDomainError {
  const message = `${what} of customer ${customer} is not a positive finite number (p = ${params.p}, q = ${params.q}, γ = ${params.gamma}): shapes p·x or q far below 1 give Gamma draws whose logarithm is in the thousands`;
  return new ClienteleDomainError("domain_error", `${fn}: ${message}`, {
    issues: [{ code: "domain_error", path: ["params"], message }],
  });
}
