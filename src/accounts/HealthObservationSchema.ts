import * as z from "zod/mini";
import { CustomerIdSchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";

/**
 * The metrics of an account's health series and how each is aggregated over a period:
 * - `revenue`, `profit`: summed (money);
 * - `complaints`: summed (a count; one observation per complaint with value 1, or a period's count);
 * - `satisfaction`: averaged (a survey score on the app's own scale);
 * - `bondLevel`, `riskFindings`: the last observation of the period (a state: the bond level from
 *   `clientele/bonds`, the number of risk findings from a rule evaluation).
 *
 * @example
 * ```ts
 * import { healthMetrics } from "clientele/accounts";
 * healthMetrics.satisfaction; // => "mean"
 * ```
 * @category Account health
 */
export const healthMetrics = {
  /** Revenue in the period: summed. */
  revenue: "sum",
  /** Profit in the period: summed. */
  profit: "sum",
  /** Satisfaction (survey score on the app's scale): averaged over the period. */
  satisfaction: "mean",
  /** Complaints: summed (a count). */
  complaints: "sum",
  /** Bond level: the period's last observation. */
  bondLevel: "last",
  /** Number of risk findings: the period's last observation. */
  riskFindings: "last",
} as const satisfies Readonly<Record<string, "sum" | "mean" | "last">>;

/**
 * One metric of {@link healthMetrics}.
 *
 * @example
 * ```ts
 * import type { HealthMetric } from "clientele/accounts";
 * const m: HealthMetric = "complaints";
 * ```
 * @category Account health
 */
export type HealthMetric = keyof typeof healthMetrics;

/**
 * One dated value of one metric for one account: what the app feeds {@link accountHealthSeries}, from its
 * own data or from other modules' outputs (revenue and profit from transactions, satisfaction from
 * surveys, complaints, the bond level of `bondProfile`, the count of termination or retention findings).
 *
 * @example
 * ```ts
 * import type { HealthObservation } from "clientele/accounts";
 * const o: HealthObservation = { accountId: "acme", timestamp: new Date("2025-02-03"), metric: "revenue", value: 1200 };
 * ```
 * @category Account health
 */
export interface HealthObservation {
  /** The account (customer id). */
  readonly accountId: string;
  /** When it was observed. */
  readonly timestamp: Date;
  /** Which metric. */
  readonly metric: HealthMetric;
  /** Its value, finite (money may be negative; complaints and findings are counts ≥ 0). */
  readonly value: number;
}

/**
 * What {@link HealthObservationSchema} accepts: `accountId` a string or non-negative integer, `timestamp` a
 * `Date` or an ISO-8601 string.
 *
 * @example
 * ```ts
 * import type { HealthObservationInput } from "clientele/accounts";
 * const o: HealthObservationInput = { accountId: 7, timestamp: "2025-02-03", metric: "complaints", value: 1 };
 * ```
 * @category Account health
 */
export interface HealthObservationInput extends Omit<HealthObservation, "accountId" | "timestamp"> {
  /** The account: a non-empty string or a non-negative integer. */
  readonly accountId: string | number;
  /** A `Date` or an ISO-8601 date or date-time with offset. */
  readonly timestamp: Date | string;
}

/**
 * Schema of a {@link HealthObservation}.
 *
 * @example
 * ```ts
 * import { HealthObservationSchema } from "clientele/accounts";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", HealthObservationSchema, { accountId: 7, timestamp: "2025-02-03", metric: "revenue", value: 5 }).accountId; // => "7"
 * ```
 * @category Account health
 */
export const HealthObservationSchema: z.ZodMiniType<HealthObservation, HealthObservationInput> =
  /* @__PURE__ */ z.strictObject({
    accountId: CustomerIdSchema,
    timestamp: TimestampSchema,
    metric: /* @__PURE__ */ z.enum(["revenue", "profit", "satisfaction", "complaints", "bondLevel", "riskFindings"]),
    value: /* @__PURE__ */ z.number(),
  });
