/**
 * `clientele/lifecycle`: where a customer stands in the relationship — new, active, at-risk,
 * complaining, lapsed, terminated, won-back — with the reasons, so an app can route each customer to
 * the right CRM job (onboarding, retention and switching prevention, complaint management, recovery).
 *
 * @module lifecycle
 */

export {
  type LifecycleReason,
  type LifecycleStage,
  type LifecycleStageName,
  type LifecycleStageOptions,
  lifecycleStage,
  lifecycleStagePrecedence,
} from "./lifecycleStage.ts";
export { lifecycleStages } from "./lifecycleStages.ts";
