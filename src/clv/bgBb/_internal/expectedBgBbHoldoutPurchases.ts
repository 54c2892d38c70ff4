import type { BgBbParams } from "../BgBbParams.ts";
import { bgBbConditionalExpectedPurchasesKernel } from "../bgBbConditionalExpectedPurchases.ts";
import type { BgBbHoldoutTable } from "./readBgBbHoldout.ts";

/**
 * Each row's expected holdout transactions under a BG/BB fit: E[X(n, n + n*) | x, t_x, n] (Fader, Hardie &
 * Shang 2010, eq. 13) over the row's own n* holdout opportunities, one kernel per distinct n*. Rows with
 * count 0 get their expectation too (it is per customer, not weighted).
 *
 * @param params - α, β, γ, δ (checked).
 * @param data - The holdout table.
 * @returns One expectation per row.
 * @internal
 */
export function expectedBgBbHoldoutPurchases(params: BgBbParams, data: BgBbHoldoutTable): Float64Array {
  const out = new Float64Array(data.length);
  const kernels = new Map<number, ReturnType<typeof bgBbConditionalExpectedPurchasesKernel>>();
  for (let i = 0; i < data.length; i++) {
    const nStar = data.holdoutOpportunities[i]!;
    let kernel = kernels.get(nStar);
    if (kernel === undefined) {
      kernel = bgBbConditionalExpectedPurchasesKernel(params, nStar);
      kernels.set(nStar, kernel);
    }
    out[i] = kernel(data.frequency[i]!, data.recency[i]!, data.opportunities[i]!);
  }
  return out;
}
