import { mapCustomers } from "../../_internal/mapCustomers.ts";
import { checkHorizon } from "../../predictions/_internal/checkHorizon.ts";
import type { PredictionKernels } from "../../predictions/_internal/PredictionKernels.ts";
import type { BgNbdParams } from "../BgNbdParams.ts";
import { bgNbdConditionalExpectedPurchases } from "./bgNbdConditionalExpectedPurchases.ts";
import { bgNbdProbabilityAlive } from "./bgNbdProbabilityAlive.ts";
import { bgNbdPurchaseCountProbability } from "./bgNbdPurchaseCountProbability.ts";

/**
 * The BG/NBD predictions, for the one dispatch (readPredictionModel): customers `{ frequency, recency, T }`
 * in the fit's unit, horizons finite ≥ 0 in that unit, purchase times on a continuous axis.
 *
 * @internal
 */
export const bgNbdKernels: PredictionKernels<BgNbdParams> = {
  model: "bg-nbd",
  parameters: ["r", "alpha", "a", "b"],
  timeAxis: "fit-unit",
  customerFields: ["frequency", "recency", "T"],
  readHorizon: checkHorizon,
  mapCustomers,
  probabilityAlive: bgNbdProbabilityAlive,
  conditionalExpectedPurchases: bgNbdConditionalExpectedPurchases,
  purchaseCountProbability: bgNbdPurchaseCountProbability,
};
