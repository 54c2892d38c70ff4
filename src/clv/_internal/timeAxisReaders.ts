// Readers of data whose shape follows from a model's time axis rather than from the model: a purchase
// history or checking data is (x, t_x, T) in the fit's unit for the count models and (x, t_x, n) in
// opportunities for BG/BB. They sit outside the per-model kernel records so that a prediction, which
// needs none of them, does not bundle them; the function that needs one picks it by `kernels.timeAxis`.

import { readBgBbCheckingData } from "../bgBb/_internal/readBgBbCheckingData.ts";
import { readOpportunityHistory } from "../bgBb/_internal/readOpportunityHistory.ts";
import type { CheckingTable, PurchaseHistory, TimeAxis } from "../predictions/_internal/PredictionKernels.ts";
import { readCountCheckingData } from "./readCountCheckingData.ts";
import { readPurchaseHistory } from "./readPurchaseHistory.ts";

/**
 * Reads a customer's purchase times and the evaluation times `at` (path `options.at`) into the summaries
 * known at each time, on the given axis.
 *
 * @internal
 */
export const purchaseHistoryReaders: Readonly<
  Record<TimeAxis, (fnName: string, purchaseTimes: unknown, at: unknown) => PurchaseHistory>
> = {
  "fit-unit": readPurchaseHistory,
  opportunity: readOpportunityHistory,
};

/**
 * Reads checking data (path `summaries`) on the given axis: calibration summaries, with each row's holdout
 * when `holdout` is true; `unit` is the fit's unit, which count-model summaries must carry.
 *
 * @internal
 */
export const checkingDataReaders: Readonly<
  Record<TimeAxis, (fnName: string, data: unknown, unit: unknown, holdout: boolean) => CheckingTable>
> = {
  "fit-unit": readCountCheckingData,
  opportunity: readBgBbCheckingData,
};
