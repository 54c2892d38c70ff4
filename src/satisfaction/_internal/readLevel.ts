import { describeReceived } from "../../_lib/describeReceived.ts";
import { normalQuantile } from "../../_lib/normalQuantile.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";

/**
 * The default confidence level of every interval of the area.
 *
 * @internal
 */
export const DEFAULT_LEVEL = 0.95;

/**
 * The issue of a bad confidence `level` (a number strictly between 0 and 1), or undefined.
 *
 * @internal
 */
export function levelIssue(level: unknown, path: (string | number)[]): ClienteleIssue | undefined {
  if (typeof level === "number" && level > 0 && level < 1) return undefined;
  return {
    code: "invalid_value",
    path,
    message: `expected a confidence level between 0 and 1 (exclusive), received ${describeReceived(level)}`,
    expected: "0 < level < 1",
    received: describeReceived(level),
  };
}

/**
 * The two-sided normal quantile z of a confidence level: Φ⁻¹(0.5 + level / 2) (1.959964 for 0.95).
 *
 * @internal
 */
export function twoSidedZ(level: number): number {
  return normalQuantile(0.5 + level / 2);
}
