import * as z from "zod/mini";
import { parseInput } from "../schema/parseInput.ts";
import type { CivilDate } from "../time/CivilDateSchema.ts";
import { readHealthSeries } from "./_internal/readHealthSeries.ts";
import type { HealthSeries } from "./accountHealthSeries.ts";
import type { HealthMetric } from "./HealthObservationSchema.ts";

const FN = "detectHealthChanges";

/**
 * A change worth an alert: a `metric` moving in `direction` by at least `threshold`, measured as a
 * `relative` change ((after − before) / before, for before > 0) or an `absolute` one (after − before).
 *
 * @example
 * ```ts
 * import type { HealthThreshold } from "clientele/accounts";
 * const t: HealthThreshold = { metric: "revenue", direction: "drop", measure: "relative", threshold: 0.2 };
 * ```
 * @category Account health
 */
export interface HealthThreshold {
  /** The metric watched. */
  readonly metric: HealthMetric;
  /** `"drop"` (a fall) or `"rise"`. */
  readonly direction: "drop" | "rise";
  /** `"relative"` (a share of the previous value) or `"absolute"` (in the metric's unit). */
  readonly measure: "relative" | "absolute";
  /** The smallest change that raises an alert, > 0 (0.2 = 20 % for a relative measure). */
  readonly threshold: number;
}

/**
 * The default thresholds of {@link detectHealthChanges} — conventions to start from, not findings; set your
 * own for your scales:
 * revenue or profit falling by 20 % or more; satisfaction falling by 1 point or more (on the app's scale);
 * complaints rising by 2 or more; the bond level falling by 1 or more; risk findings rising by 1 or more.
 *
 * @example
 * ```ts
 * import { defaultHealthThresholds } from "clientele/accounts";
 * defaultHealthThresholds[0]; // => { metric: "revenue", direction: "drop", measure: "relative", threshold: 0.2 }
 * ```
 * @category Account health
 */
export const defaultHealthThresholds: readonly HealthThreshold[] = [
  { metric: "revenue", direction: "drop", measure: "relative", threshold: 0.2 },
  { metric: "profit", direction: "drop", measure: "relative", threshold: 0.2 },
  { metric: "satisfaction", direction: "drop", measure: "absolute", threshold: 1 },
  { metric: "complaints", direction: "rise", measure: "absolute", threshold: 2 },
  { metric: "bondLevel", direction: "drop", measure: "absolute", threshold: 1 },
  { metric: "riskFindings", direction: "rise", measure: "absolute", threshold: 1 },
];

/**
 * Options of {@link detectHealthChanges}.
 *
 * @example
 * ```ts
 * import type { DetectHealthChangesOptions } from "clientele/accounts";
 * const options: DetectHealthChangesOptions = {
 *   thresholds: [{ metric: "revenue", direction: "drop", measure: "relative", threshold: 0.1 }],
 * };
 * ```
 * @category Account health
 */
export interface DetectHealthChangesOptions {
  /** The thresholds to apply, replacing {@link defaultHealthThresholds} entirely. */
  readonly thresholds?: readonly HealthThreshold[] | undefined;
}

/**
 * An alert that explains itself: which account and metric, between which periods, the values before and
 * after, the change, and the threshold it crossed.
 *
 * @example
 * ```ts
 * import type { HealthAlert } from "clientele/accounts";
 * const a: HealthAlert = {
 *   accountId: "acme", metric: "revenue", previousPeriod: "2025-01-01", period: "2025-04-01",
 *   before: 1000, after: 650, change: -350, relativeChange: -0.35,
 *   threshold: { metric: "revenue", direction: "drop", measure: "relative", threshold: 0.2 },
 *   message: "revenue fell by 35% from 1000 to 650 between 2025-01-01 and 2025-04-01 (threshold: a drop of 20%)",
 * };
 * ```
 * @category Account health
 */
export interface HealthAlert {
  /** The account. */
  readonly accountId: string;
  /** The metric that moved. */
  readonly metric: HealthMetric;
  /** The earlier period (its first day). */
  readonly previousPeriod: CivilDate;
  /** The later period. */
  readonly period: CivilDate;
  /** The value in the earlier period. */
  readonly before: number;
  /** The value in the later period. */
  readonly after: number;
  /** `after − before`. */
  readonly change: number;
  /** `(after − before) / before`, `null` when `before` ≤ 0. */
  readonly relativeChange: number | null;
  /** The threshold crossed. */
  readonly threshold: HealthThreshold;
  /** One sentence with all of the above. */
  readonly message: string;
}

const ThresholdsSchema = /* @__PURE__ */ z.array(
  /* @__PURE__ */ z.strictObject({
    metric: /* @__PURE__ */ z.enum(["revenue", "profit", "satisfaction", "complaints", "bondLevel", "riskFindings"]),
    direction: /* @__PURE__ */ z.enum(["drop", "rise"]),
    measure: /* @__PURE__ */ z.enum(["relative", "absolute"]),
    threshold: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  }),
);

function num(x: number): string {
  return String(Number(x.toPrecision(6)));
}

function pct(x: number): string {
  return `${num(100 * x)}%`;
}

/**
 * Finds the changes between consecutive periods of a health series that cross a threshold, and says for
 * each what moved, from what to what, and which threshold it crossed.
 *
 * @remarks
 * - Each threshold is checked on each account that has its metric, between every two consecutive periods
 *   where both values are known (not `null`). A relative threshold needs a previous value > 0 (a change
 *   relative to 0 or to a loss is not defined) and is skipped otherwise.
 * - Alerts come ordered by account, then period, then the order of the thresholds.
 * - Thresholds are data ({@link defaultHealthThresholds} or yours); the series is not mutated.
 *
 * @param series - From {@link accountHealthSeries}.
 * @param options - `thresholds` (default {@link defaultHealthThresholds}).
 * @returns The alerts (empty when nothing crossed a threshold).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad threshold (`options.thresholds[i].…`) or a
 * series that is not one.
 * @example
 * ```ts
 * import { accountHealthSeries, detectHealthChanges } from "clientele/accounts";
 * const series = accountHealthSeries(
 *   [
 *     { accountId: "acme", timestamp: "2025-02-01", metric: "revenue", value: 1000 },
 *     { accountId: "acme", timestamp: "2025-05-01", metric: "revenue", value: 650 },
 *   ],
 *   { period: "quarter", from: "2025-01-01", to: "2025-06-30" },
 * );
 * detectHealthChanges(series)[0]?.message;
 * // => "revenue fell by 35% from 1000 to 650 between 2025-01-01 and 2025-04-01 (threshold: a drop of 20%)"
 * ```
 * @category Account health
 */
export function detectHealthChanges(
  series: HealthSeries,
  options?: DetectHealthChangesOptions | undefined,
): readonly HealthAlert[] {
  const checked = readHealthSeries(FN, series);
  const thresholds =
    options?.thresholds === undefined
      ? defaultHealthThresholds
      : parseInput(FN, ThresholdsSchema, options.thresholds, ["options", "thresholds"]);
  const alerts: HealthAlert[] = [];
  for (const account of checked.accounts) {
    for (let i = 1; i < account.points.length; i++) {
      const prev = account.points[i - 1]!;
      const cur = account.points[i]!;
      for (const t of thresholds) {
        const before = prev.values[t.metric];
        const after = cur.values[t.metric];
        if (before === undefined || before === null || after === undefined || after === null) continue;
        const change = after - before;
        const relativeChange = before > 0 ? change / before : null;
        let size: number;
        if (t.measure === "relative") {
          if (relativeChange === null) continue;
          size = relativeChange;
        } else size = change;
        const crossed = t.direction === "drop" ? -size >= t.threshold : size >= t.threshold;
        if (!crossed) continue;
        const moved = t.measure === "relative" ? pct(Math.abs(size)) : num(Math.abs(size));
        const limit = t.measure === "relative" ? pct(t.threshold) : num(t.threshold);
        alerts.push({
          accountId: account.accountId,
          metric: t.metric,
          previousPeriod: prev.period,
          period: cur.period,
          before,
          after,
          change,
          relativeChange,
          threshold: t,
          message: `${t.metric} ${t.direction === "drop" ? "fell" : "rose"} by ${moved} from ${num(before)} to ${num(after)} between ${prev.period} and ${cur.period} (threshold: a ${t.direction} of ${limit})`,
        });
      }
    }
  }
  return alerts;
}
