import type { CountModel } from "../CountModelFit.ts";
import { conditionalExpectedPurchasesKernel } from "../predictions/_internal/countModelKernels.ts";
import { mapCustomers } from "./mapCustomers.ts";
import type { HoldoutSummaries } from "./readHoldoutSummaries.ts";

/**
 * Each customer's conditional expected purchases over their own holdout period, E[X(T, T + t*ᵢ) | xᵢ,
 * t_xᵢ, Tᵢ] with t*ᵢ = `holdoutDuration[i]`: customers are grouped by holdout length (usually one group),
 * and each group is evaluated in one vectorised pass of the model's kernel.
 *
 * @param fnName - Public function name (for errors).
 * @param model - A checked count model.
 * @param data - Validated summaries with holdout lengths.
 * @returns Expected holdout purchases per customer (fresh).
 * @throws {@link ClienteleDomainError} `domain_error` if a value cannot be evaluated accurately.
 * @internal
 */
export function expectedHoldoutPurchases(fnName: string, model: CountModel, data: HoldoutSummaries): Float64Array {
  const n = data.length;
  const out = new Float64Array(n);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const t = data.holdoutDuration[i]!;
    const group = groups.get(t);
    if (group === undefined) groups.set(t, [i]);
    else group.push(i);
  }
  for (const [t, members] of groups) {
    const m = members.length;
    const frequency = new Float64Array(m);
    const recency = new Float64Array(m);
    const T = new Float64Array(m);
    for (let k = 0; k < m; k++) {
      const i = members[k]!;
      frequency[k] = data.frequency[i]!;
      recency[k] = data.recency[i]!;
      T[k] = data.T[i]!;
    }
    const values = mapCustomers(
      fnName,
      { frequency, recency, T },
      conditionalExpectedPurchasesKernel(model, t),
      false,
    ) as Float64Array;
    for (let k = 0; k < m; k++) out[members[k]!] = values[k]!;
  }
  return out;
}
