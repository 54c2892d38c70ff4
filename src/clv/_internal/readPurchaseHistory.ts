import { collectIssue, createIssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import type { PurchaseHistory } from "../predictions/_internal/PredictionKernels.ts";
import { readTimes } from "./readTimes.ts";

/**
 * Reads a count-model customer's purchase times (continuous time, the first purchase included, any order)
 * and evaluation times, and gives the summary known at each evaluation time τ: x(τ) = the purchases after
 * the first with time ≤ τ, t_x(τ) = (time of the last of them) − t₀ (0 if none), T(τ) = τ − t₀. Purchases at
 * equal times count separately.
 *
 * @param fnName - Public function name.
 * @param purchaseTimes - The purchase times (untrusted; path `purchaseTimes`), at least one.
 * @param at - The evaluation times (untrusted; path `options.at`), none before the first purchase.
 * @returns (x, t_x, T) at each evaluation time, in the order of `at`.
 * @throws {@link ClienteleInputError} `invalid_input` for an empty or non-numeric `purchaseTimes` or a
 *   non-finite time in `at`.
 * @throws {@link ClienteleDomainError} `domain_error` for each evaluation time before the first purchase
 *   (paths `options.at[i]`).
 * @internal
 */
export function readPurchaseHistory(fnName: string, purchaseTimes: unknown, at: unknown): PurchaseHistory {
  const times = readTimes(fnName, purchaseTimes, ["purchaseTimes"], true).sort();
  const when = readTimes(fnName, at, ["options", "at"], false);
  const first = times[0]!;
  const late = createIssueCollector();
  for (let i = 0; i < when.length; i++) {
    if (when[i]! < first) {
      collectIssue(late, () => ({
        code: "domain_error",
        path: ["options", "at", i],
        message: `time ${when[i]} is before the first purchase (${first}): the customer was not yet a customer`,
        expected: `≥ ${first}`,
        received: String(when[i]),
      }));
    }
  }
  if (late.count > 0) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fnName}: ${late.count} evaluation time${late.count === 1 ? " is" : "s are"} before the first purchase`,
      { issues: late.list, issueCount: late.count },
    );
  }
  const n = when.length;
  const history = { frequency: new Float64Array(n), recency: new Float64Array(n), age: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const tau = when[i]!;
    // Purchases with time ≤ τ: binary search for the first index with time > τ.
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid]! <= tau) lo = mid + 1;
      else hi = mid;
    }
    const x = lo - 1;
    history.frequency[i] = x;
    history.recency[i] = x > 0 ? times[lo - 1]! - first : 0;
    history.age[i] = tau - first;
  }
  return history;
}
