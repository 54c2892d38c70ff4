/**
 * The five gaps of the service-quality gap model (Parasuraman, Zeithaml & Berry 1985, Journal of
 * Marketing 49(4)). Gap 5, between expected and perceived service, is service quality as customers
 * see it (what {@link servqualGaps} measures); gaps 1–4 are on the firm's side and drive it.
 *
 * @example
 * ```ts
 * import type { ServiceQualityGap } from "clientele/satisfaction";
 * const gap: ServiceQualityGap = "service-delivery";
 * ```
 * @category Service quality
 */
export type ServiceQualityGap = "knowledge" | "standards" | "service-delivery" | "communications" | "perceived-service";

/**
 * One gap of the five-gap model: its number, key, the two things it lies between, and what it means.
 *
 * @example
 * ```ts
 * import type { ServiceQualityGapDefinition } from "clientele/satisfaction";
 * const g: ServiceQualityGapDefinition = {
 *   gap: 5, key: "perceived-service", between: ["expected service", "perceived service"], side: "customer",
 *   meaning: "service quality as the customer judges it",
 * };
 * ```
 * @category Service quality
 */
export interface ServiceQualityGapDefinition {
  /** 1–5, as numbered in the 1985 paper. */
  readonly gap: 1 | 2 | 3 | 4 | 5;
  /** The gap's key. */
  readonly key: ServiceQualityGap;
  /** The two things the gap lies between. */
  readonly between: readonly [string, string];
  /** Whether it arises inside the firm or is what the customer experiences. */
  readonly side: "firm" | "customer";
  /** What it means, in brief (paraphrased). */
  readonly meaning: string;
}

/**
 * The five gaps of Parasuraman, Zeithaml & Berry (1985) as data. Gap 5 = f(gaps 1–4): closing the
 * firm's gaps closes the one customers perceive.
 *
 * @example
 * ```ts
 * import { serviceQualityGaps } from "clientele/satisfaction";
 * serviceQualityGaps.map((g) => g.key).join(", ");
 * // => "knowledge, standards, service-delivery, communications, perceived-service"
 * ```
 * @category Service quality
 */
export const serviceQualityGaps: readonly ServiceQualityGapDefinition[] = [
  {
    gap: 1,
    key: "knowledge",
    between: ["consumer expectations", "management perceptions of consumer expectations"],
    side: "firm",
    meaning: "management does not know what customers expect",
  },
  {
    gap: 2,
    key: "standards",
    between: ["management perceptions of consumer expectations", "service quality specifications"],
    side: "firm",
    meaning: "what management knows is not turned into service standards",
  },
  {
    gap: 3,
    key: "service-delivery",
    between: ["service quality specifications", "service delivery"],
    side: "firm",
    meaning: "the service delivered falls short of the standards",
  },
  {
    gap: 4,
    key: "communications",
    between: ["service delivery", "external communications to consumers"],
    side: "firm",
    meaning: "what the firm promises differs from what it delivers",
  },
  {
    gap: 5,
    key: "perceived-service",
    between: ["expected service", "perceived service"],
    side: "customer",
    meaning: "service quality as the customer judges it",
  },
];
