import { mapCustomers } from "../../_internal/mapCustomers.ts";
import { checkHorizon } from "../../predictions/_internal/checkHorizon.ts";
import type { PredictionKernels } from "../../predictions/_internal/PredictionKernels.ts";
import type { MbgNbdParams } from "../MbgNbdParams.ts";
import { mbgNbdConditionalExpectedPurchases } from "./mbgNbdConditionalExpectedPurchases.ts";
import { mbgNbdProbabilityAlive } from "./mbgNbdProbabilityAlive.ts";
import { mbgNbdPurchaseCountProbability } from "./mbgNbdPurchaseCountProbability.ts";

/**
 * The MBG/NBD predictions, for the one dispatch (readPredictionModel): customers `{ frequency, recency, T }`
 * in the fit's unit, horizons finite ≥ 0 in that unit, purchase times on a continuous axis.
 *
 * @internal
 */
export const mbgNbdKernels: PredictionKernels<MbgNbdParams> = {
  model: "mbg-nbd",
  parameters: ["r", "alpha", "a", "b"],
  timeAxis: "fit-unit",
  customerFields: ["frequency", "recency", "T"],
  readHorizon: checkHorizon,
  mapCustomers,
  probabilityAlive: mbgNbdProbabilityAlive,
  conditionalExpectedPurchases: mbgNbdConditionalExpectedPurchases,
  purchaseCountProbability: mbgNbdPurchaseCountProbability,
};
