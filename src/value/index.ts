/**
 * `clientele/value`: customer value economics — delivered value, cost to serve and profitability, the whale
 * curve and the customer pyramid, retention economics and the leaky bucket.
 *
 * @module value
 */

export {
  type AccountAttractiveness,
  type AccountAttractivenessOptions,
  type AccountFactors,
  type AttractivenessWeights,
  accountAttractiveness,
  defaultAttractivenessWeights,
} from "./accountAttractiveness.ts";
export {
  type AcquisitionVersusRetention,
  type AcquisitionVersusRetentionInput,
  acquisitionVersusRetention,
} from "./acquisitionVersusRetention.ts";
export { type CostDrivers, type CostDriversInput, CostDriversSchema } from "./CostDriversSchema.ts";
export type { CustomerBaseColumns } from "./CustomerBaseColumns.ts";
export {
  type CompareOffersOptions,
  type ComponentEffect,
  compareOffers,
  type NamedOffer,
  type OfferComparison,
  type OfferRanking,
  type RankedOffer,
} from "./compareOffers.ts";
export {
  type CostDriverKind,
  type CostDriverLine,
  type CostToServe,
  type CostToServeOptions,
  costToServe,
} from "./costToServe.ts";
export { type CostToServeCalculator, createCostToServe } from "./createCostToServe.ts";
export {
  type CustomerCostComponents,
  type CustomerOffer,
  type CustomerValueComponents,
  customerDeliveredValue,
  type DeliveredValue,
  type DeliveredValueOptions,
} from "./customerDeliveredValue.ts";
export {
  type CustomerProfit,
  type CustomerProfitOptions,
  customerProfit,
  type MissingCostPolicy,
} from "./customerProfit.ts";
export { type CustomerProfitColumns, customerProfitColumns } from "./customerProfitColumns.ts";
export { customerProfits } from "./customerProfits.ts";
export {
  type CustomerPyramid,
  customerPyramid,
  defaultPyramidCuts,
  type PyramidCuts,
  type PyramidTier,
  type PyramidTierSummary,
} from "./customerPyramid.ts";
export {
  type BucketFlow,
  type BucketPeriod,
  type BucketSegment,
  type LeakyBucket,
  type LeakyBucketInput,
  leakyBucket,
  type OnePointRetention,
} from "./leakyBucket.ts";
export { type MarginMultipleInput, marginMultiple } from "./marginMultiple.ts";
export { type ProfitBySegmentOptions, profitBySegment, type SegmentProfit } from "./profitBySegment.ts";
export {
  type AssessedMeasure,
  type AttritionCause,
  type DefectionCause,
  type LifetimeValueFromFit,
  type RetentionEconomics,
  type RetentionEconomicsInput,
  type RetentionMeasure,
  retentionEconomics,
} from "./retentionEconomics.ts";
export {
  type ProfitOfCustomer,
  type ProfitOfCustomerColumns,
  type WhaleCurve,
  type WhaleCurvePoint,
  whaleCurve,
} from "./whaleCurve.ts";
