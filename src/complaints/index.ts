/**
 * `clientele/complaints`: complaints and service recovery — the repurchase-intention tree, its estimate
 * from records, the TARP complaint-handling figures, time to resolution and the recovery paradox.
 *
 * @module complaints
 */

export {
  type EstimateRepurchaseTreeOptions,
  estimateRepurchaseTree,
  type RepurchaseGroupStatistics,
  type RepurchaseSplitStatistics,
  type RepurchaseTreeEstimate,
  type RepurchaseTreeStatistics,
} from "./estimateRepurchaseTree.ts";
export type { ProportionEstimate } from "./ProportionEstimate.ts";
export {
  type RepurchaseLeaf,
  type RepurchaseTree,
  RepurchaseTreeSchema,
  repurchaseShareTolerance,
} from "./RepurchaseTreeSchema.ts";
export type { RepurchaseWindow } from "./RepurchaseWindow.ts";
export { type RecoveryParadox, recoveryParadox } from "./recoveryParadox.ts";
export {
  type RepurchaseGroup,
  type RepurchaseGroupId,
  type RepurchaseIntention,
  type RepurchaseIntentionOptions,
  repurchaseIntention,
} from "./repurchaseIntention.ts";
export {
  type TarpRepurchaseFigures,
  type TarpRepurchaseRates,
  tarpRepurchaseRates,
} from "./tarpRepurchaseRates.ts";
export { type TarpTreeShares, tarpRepurchaseTree } from "./tarpRepurchaseTree.ts";
export {
  type TimeToResolution,
  type TimeToResolutionOptions,
  timeToResolution,
} from "./timeToResolution.ts";
