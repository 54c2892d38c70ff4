import { describeReceived } from "../../_lib/describeReceived.ts";
import { collectIssue, createIssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";

/**
 * Reads the first `n` entries of an array-like as finite numbers ≥ 0 into a fresh Float64Array, naming
 * every bad entry at `path[i]`: `invalid_value` for a number out of range, `invalid_type` for anything else.
 *
 * @param fnName - Public function name.
 * @param values - The array-like (its length already checked by the caller).
 * @param n - Number of entries to read.
 * @param path - Path of the array-like.
 * @returns The values, in input order.
 * @throws {@link ClienteleInputError} `invalid_input` listing every bad entry.
 * @internal
 */
export function readNonNegativeEntries(
  fnName: string,
  values: ArrayLike<unknown>,
  n: number,
  path: readonly (string | number)[],
): Float64Array {
  const out = new Float64Array(n);
  const issues = createIssueCollector();
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v === "number" && v >= 0 && v <= Number.MAX_VALUE) out[i] = v;
    else {
      collectIssue(issues, (): ClienteleIssue => {
        const received = describeReceived(v);
        return {
          code: typeof v === "number" ? "invalid_value" : "invalid_type",
          path: [...path, i],
          message: `expected finite number ≥ 0, received ${received}`,
          expected: "finite number ≥ 0",
          received,
        };
      });
    }
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fnName}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  return out;
}
