import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import type { CheckingTable } from "../predictions/_internal/PredictionKernels.ts";
import type { PredictionModel } from "../predictions/_internal/readPredictionModel.ts";
import type { CustomerKernel } from "./mapCustomers.ts";

/**
 * Each row's conditional expected purchases over its own holdout, E[X(T, T + t*ᵢ) | xᵢ, t_xᵢ, Tᵢ] (for
 * BG/BB, over the row's n* holdout opportunities, Fader, Hardie & Shang 2010 eq. 13), under the model's
 * kernel record: one kernel per distinct holdout length (usually one), each row evaluated once in input
 * order, rows of weight 0 included (the expectation is per customer, not weighted).
 *
 * @param fnName - Public function name (for errors).
 * @param model - The read fit (kernel record and parameters).
 * @param data - Validated checking data with holdout lengths.
 * @returns Expected holdout purchases per row (fresh).
 * @throws {@link ClienteleDomainError} `domain_error` at `summaries[i]` if a value cannot be evaluated
 *   accurately.
 * @internal
 */
export function expectedHoldoutPurchases(fnName: string, model: PredictionModel, data: CheckingTable): Float64Array {
  const { kernels, params } = model;
  const out = new Float64Array(data.length);
  const byLength = new Map<number, CustomerKernel>();
  for (let i = 0; i < data.length; i++) {
    const t = data.holdoutLength[i]!;
    let kernel = byLength.get(t);
    if (kernel === undefined) {
      kernel = kernels.conditionalExpectedPurchases(params, t);
      byLength.set(t, kernel);
    }
    const v = kernel(data.frequency[i]!, data.recency[i]!, data.age[i]!);
    if (v >= 0 && v <= Number.MAX_VALUE) out[i] = v;
    else if (v < 0 && v > -Number.MAX_VALUE)
      out[i] = 0; // rounding below 0
    else {
      throw new ClienteleDomainError(
        "domain_error",
        `${fnName}: the holdout expectation of row ${i} could not be evaluated accurately (${v}); the parameters or times are too extreme`,
        { issues: [{ code: "domain_error", path: ["summaries", i], message: `result is ${v}, not a finite number` }] },
      );
    }
  }
  return out;
}
