import { describeReceived } from "../../_lib/describeReceived.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { readNonNegativeEntries } from "./readNonNegativeEntries.ts";

/**
 * Reads a simulator's `T` option: one finite number ≥ 0 for all customers, or an array of `n` of them.
 *
 * @param fn - Public function name.
 * @param T - The option (untrusted).
 * @param n - Number of customers.
 * @returns One T per customer.
 * @throws {@link ClienteleInputError} `invalid_input` at `T` or `T[i]`.
 * @internal
 */
export function readSimulationAges(fn: string, T: unknown, n: number): Float64Array {
  const invalid = (issues: ClienteleIssue[]): ClienteleInputError =>
    new ClienteleInputError(`${fn}: invalid input`, { issues });
  if (typeof T === "number") {
    if (!(T >= 0 && T <= Number.MAX_VALUE)) {
      throw invalid([
        {
          code: "too_small",
          path: ["T"],
          message: `expected finite number ≥ 0, received ${T}`,
          expected: "finite number ≥ 0",
          received: String(T),
        },
      ]);
    }
    return new Float64Array(n).fill(T);
  }
  const length = typeof T === "object" && T !== null ? (T as { length?: unknown }).length : undefined;
  if (typeof length !== "number") {
    const received = describeReceived(T);
    throw invalid([
      {
        code: "invalid_type",
        path: ["T"],
        message: `expected number or array of numbers, received ${received}`,
        expected: "number | array",
        received,
      },
    ]);
  }
  if (length !== n) {
    throw invalid([
      {
        code: "invalid_length",
        path: ["T"],
        message: `expected ${n} items (one per customer), received length ${length}`,
        expected: `${n} items`,
        received: `length ${length}`,
      },
    ]);
  }
  return readNonNegativeEntries(fn, T as ArrayLike<unknown>, n, ["T"]);
}
