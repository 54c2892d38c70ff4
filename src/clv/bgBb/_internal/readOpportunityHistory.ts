import { ClienteleInputError } from "../../../errors/ClienteleError.ts";
import { readWholeTimes, timeIssue } from "../../_internal/readTimes.ts";
import type { PurchaseHistory } from "../../predictions/_internal/PredictionKernels.ts";

/**
 * Reads a BG/BB customer's transaction opportunities (distinct whole numbers ≥ 1, any order; opportunity 0,
 * the acquisition, is not one of them; may be empty) and the numbers of opportunities observed `at` (whole
 * numbers ≥ 0), and gives the pattern known after each: x(n) = the transactions at opportunities ≤ n,
 * t_x(n) = the last of them (0 if none), n.
 *
 * @param fnName - Public function name.
 * @param purchaseTimes - The opportunities with a transaction (untrusted; path `purchaseTimes`).
 * @param at - The numbers of opportunities observed (untrusted; path `options.at`).
 * @returns (x, t_x, n) at each entry of `at`, in its order.
 * @throws {@link ClienteleInputError} `invalid_input` for a value that is not a whole number in range, or a
 *   repeated opportunity (path `purchaseTimes`).
 * @internal
 */
export function readOpportunityHistory(fnName: string, purchaseTimes: unknown, at: unknown): PurchaseHistory {
  const times = readWholeTimes(fnName, purchaseTimes, ["purchaseTimes"], 1).sort();
  for (let i = 1; i < times.length; i++) {
    if (times[i] === times[i - 1]) {
      throw new ClienteleInputError(`${fnName}: invalid input`, {
        issues: [
          timeIssue(["purchaseTimes"], "distinct opportunities (one transaction at most per opportunity)", times[i]),
        ],
      });
    }
  }
  const observed = readWholeTimes(fnName, at, ["options", "at"], 0);
  const length = observed.length;
  const history = {
    frequency: new Float64Array(length),
    recency: new Float64Array(length),
    age: new Float64Array(length),
  };
  for (let i = 0; i < length; i++) {
    const n = observed[i]!;
    let x = 0;
    while (x < times.length && times[x]! <= n) x++;
    history.frequency[i] = x;
    history.recency[i] = x > 0 ? times[x - 1]! : 0;
    history.age[i] = n;
  }
  return history;
}
