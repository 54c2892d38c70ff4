import * as z from "zod/mini";
import { collectIssue, createIssueCollector } from "../_lib/issueCollector.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { parseRows } from "../schema/parseRows.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";
import { elapsed } from "../time/elapsed.ts";
import { type TimeUnit, TimeUnitSchema } from "../time/TimeUnitSchema.ts";
import { TimeZoneSchema } from "../time/TimeZoneSchema.ts";
import type { LifetimeObservation } from "./kaplanMeierSurvival.ts";
import { type SubscriptionInput, SubscriptionSchema } from "./SubscriptionSchema.ts";

const FN = "subscriptionLifetimes";

/**
 * Options of {@link subscriptionLifetimes}.
 *
 * @example
 * ```ts
 * import type { SubscriptionLifetimesOptions } from "clientele/retention";
 * const options: SubscriptionLifetimesOptions = { asOf: "2024-06-30T00:00:00Z", unit: "month" };
 * ```
 * @category Retention measures
 */
export interface SubscriptionLifetimesOptions {
  /** The end of observation (an instant; required): subscriptions running then are censored at it. */
  readonly asOf: Date | string;
  /** Unit of the durations (calendar months and years with a fraction, as clientele/time `elapsed`). Required. */
  readonly unit: TimeUnit;
  /** Zone of the calendar for `elapsed` (default `"UTC"`). */
  readonly timeZone?: string | undefined;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  asOf: TimestampSchema,
  unit: TimeUnitSchema,
  timeZone: /* @__PURE__ */ z.optional(TimeZoneSchema),
});

/**
 * Lifetimes of subscriptions for {@link kaplanMeierSurvival}: each subscription's time from start to its
 * end (churned) or to `asOf` if it was still running (censored), in `unit`.
 *
 * @remarks
 * An end after `asOf` is not known at `asOf`: the subscription is censored at `asOf`. Durations come from
 * clientele/time `elapsed` (calendar months and years, with a fraction), so the unit is never hidden.
 *
 * @param subscriptions - The subscriptions (not mutated).
 * @param options - `asOf` and `unit` (required), `timeZone`.
 * @returns One observation per subscription, in input order.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad row, an end before its start, or a start
 * after `asOf` (path `subscriptions[i].start`).
 * @example
 * ```ts
 * import { kaplanMeierSurvival, subscriptionLifetimes } from "clientele/retention";
 * const lifetimes = subscriptionLifetimes(
 *   [
 *     { customerId: "a", start: "2024-01-01", end: "2024-04-01" },
 *     { customerId: "b", start: "2024-02-01" },
 *   ],
 *   { asOf: "2024-07-01", unit: "month" },
 * );
 * lifetimes; // => [{ duration: 3, churned: true }, { duration: 5, churned: false }]
 * kaplanMeierSurvival(lifetimes).survival; // => [0.5]
 * ```
 * @category Retention measures
 */
export function subscriptionLifetimes(
  subscriptions: readonly SubscriptionInput[],
  options: SubscriptionLifetimesOptions,
): LifetimeObservation[] {
  const o = parseInput(FN, OptionsSchema, options, ["options"]);
  const rows = parseRows(FN, SubscriptionSchema, subscriptions, { path: ["subscriptions"] });
  const asOf = o.asOf.getTime();
  const issues = createIssueCollector();
  rows.forEach((s, i) => {
    if (s.start.getTime() > asOf) {
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: ["subscriptions", i, "start"],
        message: `expected a start on or before asOf (${o.asOf.toISOString()}), received ${s.start.toISOString()}`,
      }));
    }
  });
  if (issues.count > 0) {
    throw new ClienteleInputError(`${FN}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  const elapsedOptions = { unit: o.unit, ...(o.timeZone === undefined ? {} : { timeZone: o.timeZone }) };
  return rows.map((s) => {
    const churned = s.end !== undefined && s.end.getTime() <= asOf;
    return { duration: elapsed(s.start, churned ? (s.end as Date) : o.asOf, elapsedOptions), churned };
  });
}
