import { mapPatterns } from "../../_internal/mapPatterns.ts";
import type { PredictionKernels } from "../../predictions/_internal/PredictionKernels.ts";
import type { BgBbParams } from "../BgBbParams.ts";
import { bgBbConditionalExpectedPurchases } from "./bgBbConditionalExpectedPurchases.ts";
import { bgBbDiscountedResidualPurchases } from "./bgBbDiscountedResidualPurchases.ts";
import { bgBbProbabilityAlive } from "./bgBbProbabilityAlive.ts";
import { bgBbPurchaseCountProbability } from "./bgBbPurchaseCountProbability.ts";
import { checkOpportunityCount } from "./checkOpportunityCount.ts";

/**
 * The BG/BB predictions (Fader, Hardie & Shang 2010), for the one dispatch (readPredictionModel): customers
 * are patterns `{ frequency, recency, opportunities }` (x, t_x, n), every horizon and time is a whole number
 * of opportunities, purchase times are the opportunities with a transaction, checking data are patterns
 * weighted by `count`, and DERT discounts by a rate d per opportunity.
 *
 * @internal
 */
export const bgBbKernels: PredictionKernels<BgBbParams> = {
  model: "bg-bb",
  parameters: ["alpha", "beta", "gamma", "delta"],
  timeAxis: "opportunity",
  customerFields: ["frequency", "recency", "opportunities"],
  readHorizon: checkOpportunityCount,
  mapCustomers: mapPatterns,
  probabilityAlive: bgBbProbabilityAlive,
  conditionalExpectedPurchases: bgBbConditionalExpectedPurchases,
  purchaseCountProbability: bgBbPurchaseCountProbability,
  discountedResidualPurchases: bgBbDiscountedResidualPurchases,
};
