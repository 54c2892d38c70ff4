import { ClienteleInputError } from "../../errors/ClienteleError.ts";

const SUM_TOL = 1e-9;

/**
 * Checks that weights sum to 1 (within 1e-9), throwing `invalid_input` at `path` otherwise.
 *
 * @param fn - Public function name.
 * @param weights - Validated weights (numbers in [0, 1]).
 * @param path - Path of the weights.
 * @throws {@link ClienteleInputError} `invalid_input` at `path`.
 * @internal
 */
export function checkWeightSum(fn: string, weights: object, path: (string | number)[]): void {
  let sum = 0;
  for (const w of Object.values(weights) as number[]) sum += w;
  if (Math.abs(sum - 1) > SUM_TOL) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path,
          message: `expected weights summing to 1, received a sum of ${sum}`,
          expected: "weights summing to 1",
          received: String(sum),
        },
      ],
    });
  }
}
