/**
 * `clientele/clv`: customer-base models fitted to customer summaries, and what they predict. Fits are
 * plain data (save with `JSON.stringify`, load with {@link parseAnyFit}); predictions are functions that take
 * a fit first and work for one customer or, vectorised, for millions.
 *
 * - BG/NBD (Fader, Hardie & Lee 2005): {@link fitBgNbd}, {@link simulateBgNbd}.
 * - Pareto/NBD (Schmittlein, Morrison & Colombo 1987): {@link fitParetoNbd}, {@link simulateParetoNbd}.
 * - MBG/NBD (Batislam, Denizel & Filiztekin 2007): {@link fitMbgNbd}, {@link simulateMbgNbd}.
 * - BG/BB, discrete time (Fader, Hardie & Shang 2010): {@link fitBgBb}, {@link simulateBgBb}; its
 *   predictions through the generic functions below, given a pattern `{ frequency, recency, opportunities }`.
 * - Predictions for every count model: {@link probabilityAlive}, {@link probabilityAliveHistory},
 *   {@link expectedPurchases}, {@link conditionalExpectedPurchases}, {@link purchaseCountProbability},
 *   {@link discountedExpectedResidualPurchases} (Pareto/NBD and BG/BB).
 * - Fit results and options: {@link ModelFit}, {@link CountModelFit}, {@link FitOptions},
 *   {@link defaultFitOptions}; loading saved fits of any model: {@link parseAnyFit}.
 *
 * Every time (`t`, `recency`, `T`) is in the unit the model was fitted in (`fit.unit`); nothing is
 * converted behind your back. See docs/concepts/model-fits.md and docs/models/bg-nbd.md.
 *
 * @module clv
 */

export type { BgBbData, BgBbPattern, BgBbPatternColumns } from "../rfm/BgBbData.ts";
export type { AnyFit } from "./AnyFit.ts";
export { type BgBbFit, BgBbFitSchema } from "./bgBb/BgBbFit.ts";
export type { BgBbHoldoutColumns, BgBbHoldoutData, BgBbHoldoutPattern } from "./bgBb/BgBbHoldoutData.ts";
export type { BgBbModel } from "./bgBb/BgBbModel.ts";
export { type BgBbParams, BgBbParamsSchema } from "./bgBb/BgBbParams.ts";
export { type FitBgBbOptions, fitBgBb } from "./bgBb/fitBgBb.ts";
export { type SimulateBgBbOptions, type SimulatedBgBbPatterns, simulateBgBb } from "./bgBb/simulateBgBb.ts";
export { type BgNbdFit, BgNbdFitSchema } from "./bgNbd/BgNbdFit.ts";
export { type BgNbdParams, BgNbdParamsSchema } from "./bgNbd/BgNbdParams.ts";
export { type FitBgNbdOptions, fitBgNbd } from "./bgNbd/fitBgNbd.ts";
export { type SimulateBgNbdOptions, simulateBgNbd } from "./bgNbd/simulateBgNbd.ts";
export type { CountModelData } from "./CountModelData.ts";
export { type CountModel, type CountModelFit, CountModelFitSchema } from "./CountModelFit.ts";
export type { CustomerHistories, CustomerHistory, CustomerHistoryColumns } from "./CustomerHistory.ts";
export {
  type CalibrationHoldoutRow,
  type CalibrationHoldoutTableOptions,
  calibrationHoldoutTable,
  type HoldoutSummaries,
} from "./checking/calibrationHoldoutTable.ts";
export { compareFits, type FitComparisonRow } from "./checking/compareFits.ts";
export { evaluateHoldout, type HoldoutEvaluation } from "./checking/evaluateHoldout.ts";
export {
  type FrequencyChiSquareBin,
  type FrequencyChiSquareOptions,
  type FrequencyChiSquareResult,
  frequencyChiSquare,
} from "./checking/frequencyChiSquare.ts";
export {
  type LikelihoodRatioTestOptions,
  type LikelihoodRatioTestResult,
  likelihoodRatioTest,
} from "./checking/likelihoodRatioTest.ts";
export {
  type RetentionTrackingOptions,
  type RetentionTrackingRow,
  retentionTracking,
} from "./checking/retentionTracking.ts";
export {
  type TrackingCohort,
  type TrackingCurveOptions,
  type TrackingRow,
  trackingCurve,
} from "./checking/trackingCurve.ts";
export type { DiscountRate } from "./DiscountRate.ts";
export { type CountModelFitOptions, defaultFitOptions, type FitOptions } from "./FitOptions.ts";
export { type FitWarning, type FitWarningCode, fitWarningCodes } from "./FitWarning.ts";
export { expectedAverageSpend } from "./gammaGamma/expectedAverageSpend.ts";
export { type FitGammaGammaOptions, fitGammaGamma } from "./gammaGamma/fitGammaGamma.ts";
export type { GammaGammaData } from "./gammaGamma/GammaGammaData.ts";
export {
  frequencyMonetaryCorrelationThreshold,
  type GammaGammaFit,
  GammaGammaFitSchema,
  type SpendModel,
} from "./gammaGamma/GammaGammaFit.ts";
export { type GammaGammaParams, GammaGammaParamsSchema } from "./gammaGamma/GammaGammaParams.ts";
export type { SpendHistory, SpendHistoryColumns } from "./gammaGamma/SpendHistory.ts";
export {
  type SimulatedSpend,
  type SimulateGammaGammaOptions,
  simulateGammaGamma,
} from "./gammaGamma/simulateGammaGamma.ts";
export type { CustomerLifetimeValueOptions } from "./lifetimeValue/CustomerLifetimeValueOptions.ts";
export { customerLifetimeValue } from "./lifetimeValue/customerLifetimeValue.ts";
export {
  type CustomerScore,
  type CustomerScoreColumns,
  type CustomerScoreKey,
  type ScoreCustomersOptions,
  scoreCustomers,
} from "./lifetimeValue/scoreCustomers.ts";
export type { TimeLength } from "./lifetimeValue/TimeLength.ts";
export type { ModelFit } from "./ModelFit.ts";
export { type FitMbgNbdOptions, fitMbgNbd } from "./mbgNbd/fitMbgNbd.ts";
export { type MbgNbdFit, MbgNbdFitSchema } from "./mbgNbd/MbgNbdFit.ts";
export { type MbgNbdParams, MbgNbdParamsSchema } from "./mbgNbd/MbgNbdParams.ts";
export { type SimulateMbgNbdOptions, simulateMbgNbd } from "./mbgNbd/simulateMbgNbd.ts";
export { type FitParetoNbdOptions, fitParetoNbd } from "./paretoNbd/fitParetoNbd.ts";
export { type ParetoNbdFit, ParetoNbdFitSchema } from "./paretoNbd/ParetoNbdFit.ts";
export { type ParetoNbdParams, ParetoNbdParamsSchema } from "./paretoNbd/ParetoNbdParams.ts";
export { type SimulateParetoNbdOptions, simulateParetoNbd } from "./paretoNbd/simulateParetoNbd.ts";
export { parseAnyFit } from "./parseAnyFit.ts";
export { conditionalExpectedPurchases } from "./predictions/conditionalExpectedPurchases.ts";
export {
  type DiscountedExpectedResidualPurchasesOptions,
  discountedExpectedResidualPurchases,
} from "./predictions/discountedExpectedResidualPurchases.ts";
export { expectedPurchases } from "./predictions/expectedPurchases.ts";
export { probabilityAlive } from "./predictions/probabilityAlive.ts";
export { type ProbabilityAliveHistoryOptions, probabilityAliveHistory } from "./predictions/probabilityAliveHistory.ts";
export { purchaseCountProbability } from "./predictions/purchaseCountProbability.ts";
export type { SimulatedSummaries } from "./SimulatedSummaries.ts";
export { discountedExpectedLifetime } from "./shiftedBetaGeometric/discountedExpectedLifetime.ts";
export {
  type DiscountedExpectedResidualLifetimeOptions,
  discountedExpectedResidualLifetime,
} from "./shiftedBetaGeometric/discountedExpectedResidualLifetime.ts";
export {
  type FitShiftedBetaGeometricOptions,
  fitShiftedBetaGeometric,
} from "./shiftedBetaGeometric/fitShiftedBetaGeometric.ts";
export {
  type ProjectSurvivorsOptions,
  projectSurvivors,
  type SurvivorProjection,
} from "./shiftedBetaGeometric/projectSurvivors.ts";
export type { PaymentTiming, RetentionDiscountingOptions } from "./shiftedBetaGeometric/RetentionDiscountingOptions.ts";
export type { RetentionModel } from "./shiftedBetaGeometric/RetentionModel.ts";
export {
  type ResidualValueOfBase,
  type ResidualValueOfBaseOptions,
  residualValueOfBase,
} from "./shiftedBetaGeometric/residualValueOfBase.ts";
export { retentionRate } from "./shiftedBetaGeometric/retentionRate.ts";
export {
  type ShiftedBetaGeometricData,
  ShiftedBetaGeometricDataSchema,
} from "./shiftedBetaGeometric/ShiftedBetaGeometricData.ts";
export {
  type ShiftedBetaGeometricFit,
  ShiftedBetaGeometricFitSchema,
} from "./shiftedBetaGeometric/ShiftedBetaGeometricFit.ts";
export {
  type ShiftedBetaGeometricParams,
  ShiftedBetaGeometricParamsSchema,
} from "./shiftedBetaGeometric/ShiftedBetaGeometricParams.ts";
export {
  type SimulatedRetention,
  type SimulateShiftedBetaGeometricOptions,
  simulateShiftedBetaGeometric,
} from "./shiftedBetaGeometric/simulateShiftedBetaGeometric.ts";
export { survivalCurve } from "./shiftedBetaGeometric/survivalCurve.ts";
export { conditionalExpectedPurchasesInterval } from "./uncertainty/conditionalExpectedPurchasesInterval.ts";
export { expectedPurchasesInterval } from "./uncertainty/expectedPurchasesInterval.ts";
export {
  type BgBbModelWithCovariance,
  type CountModelWithCovariance,
  type PredictionInterval,
  type PredictionIntervalOptions,
  predictionInterval,
} from "./uncertainty/predictionInterval.ts";
export { probabilityAliveInterval } from "./uncertainty/probabilityAliveInterval.ts";
