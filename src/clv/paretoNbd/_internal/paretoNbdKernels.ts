import { mapCustomers } from "../../_internal/mapCustomers.ts";
import { checkHorizon } from "../../predictions/_internal/checkHorizon.ts";
import type { PredictionKernels } from "../../predictions/_internal/PredictionKernels.ts";
import type { ParetoNbdParams } from "../ParetoNbdParams.ts";
import { paretoNbdConditionalExpectedPurchases } from "./paretoNbdConditionalExpectedPurchases.ts";
import { paretoNbdDiscountedResidualPurchases } from "./paretoNbdDiscountedResidualPurchases.ts";
import { paretoNbdProbabilityAlive } from "./paretoNbdProbabilityAlive.ts";
import { paretoNbdPurchaseCountProbability } from "./paretoNbdPurchaseCountProbability.ts";

/**
 * The Pareto/NBD predictions, for the one dispatch (readPredictionModel): customers `{ frequency, recency, T }`
 * in the fit's unit, horizons finite ≥ 0 in that unit, purchase times on a continuous axis.
 * DERT at a compound rate d per fit unit (continuous δ = ln(1 + d) inside).
 *
 * @internal
 */
export const paretoNbdKernels: PredictionKernels<ParetoNbdParams> = {
  model: "pareto-nbd",
  parameters: ["r", "alpha", "s", "beta"],
  timeAxis: "fit-unit",
  customerFields: ["frequency", "recency", "T"],
  readHorizon: checkHorizon,
  mapCustomers,
  probabilityAlive: paretoNbdProbabilityAlive,
  conditionalExpectedPurchases: paretoNbdConditionalExpectedPurchases,
  purchaseCountProbability: paretoNbdPurchaseCountProbability,
  discountedResidualPurchases: paretoNbdDiscountedResidualPurchases,
};
