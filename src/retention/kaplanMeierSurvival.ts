import * as z from "zod/mini";
import { parseRows } from "../schema/parseRows.ts";

/**
 * One observed lifetime for {@link kaplanMeierSurvival}: how long the customer was observed, and whether
 * they churned at that time (`false`: still active when observation stopped — right-censored).
 *
 * @example
 * ```ts
 * import type { LifetimeObservation } from "clientele/retention";
 * const stillActive: LifetimeObservation = { duration: 7.5, churned: false };
 * ```
 * @category Retention measures
 */
export interface LifetimeObservation {
  /** Time observed, ≥ 0, in any one unit (the curve's times are in it). */
  readonly duration: number;
  /** Whether the customer churned at `duration` (`false`: censored). */
  readonly churned: boolean;
  /** How many customers the row stands for (integer ≥ 1; default 1). */
  readonly count?: number | undefined;
}

/**
 * The Kaplan–Meier estimate of a survival curve.
 *
 * @example
 * ```ts
 * import { kaplanMeierSurvival, type KaplanMeierCurve } from "clientele/retention";
 * const km: KaplanMeierCurve = kaplanMeierSurvival([{ duration: 2, churned: true }]);
 * km.survival; // => [0]
 * ```
 * @category Retention measures
 */
export interface KaplanMeierCurve {
  /** The distinct churn times, ascending (the curve steps down there). */
  readonly times: readonly number[];
  /** Customers still observed just before each time (durations ≥ the time). */
  readonly atRisk: readonly number[];
  /** Churns at each time. */
  readonly churned: readonly number[];
  /** S(t) just after each time: Π (1 − churned / atRisk) over times ≤ t. S is 1 before the first time. */
  readonly survival: readonly number[];
  /** Greenwood standard error of each S(t) (0 once S reaches 0). */
  readonly standardError: readonly number[];
  /** Customers in all, and how many of them were censored. */
  readonly customers: number;
  /** How many were censored (still active at the end of their observation). */
  readonly censored: number;
  /** The first time at which S ≤ 0.5, or `null` when the curve stays above one half. */
  readonly medianLifetime: number | null;
  /**
   * The restricted mean lifetime: the area under S from 0 to `horizon`, the longest duration observed
   * (a lower bound of the mean while S(horizon) > 0).
   */
  readonly restrictedMean: {
    /** The area under the curve up to `horizon`. */
    readonly value: number;
    /** The last observed time, where the area stops. */
    readonly horizon: number;
  };
}

const RowSchema = /* @__PURE__ */ z.strictObject({
  duration: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
  churned: /* @__PURE__ */ z.boolean(),
  count: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1))),
});

/**
 * The Kaplan–Meier (product-limit) survival curve of customer lifetimes with right-censoring: customers
 * still active when observation stopped count as at risk up to their duration and no further.
 *
 * @remarks
 * Ties: churns at a time are counted before censorings at the same time (the usual convention: a
 * customer censored at t was at risk at t). The standard error is Greenwood's,
 * S(t) · √Σ d / (n (n − d)). Distinct from the sBG `survivalCurve` of `clientele/clv`, which is a model's
 * curve from fitted parameters; this one is the nonparametric estimate from the data. Durations come in
 * any one unit — `subscriptionLifetimes` makes them from subscription dates.
 *
 * @param observations - One row per customer (or per `count` alike customers); not mutated, any order.
 * @returns The curve, its median and its restricted mean.
 * @throws {@link ClienteleInputError} `invalid_input` for a negative or non-finite duration, a non-boolean
 * `churned` or a bad count (paths `observations[i].duration`).
 * @example
 * ```ts
 * import { kaplanMeierSurvival } from "clientele/retention";
 * const km = kaplanMeierSurvival([
 *   { duration: 1, churned: true },
 *   { duration: 2, churned: false },
 *   { duration: 3, churned: true },
 *   { duration: 4, churned: false },
 * ]);
 * km.times; // => [1, 3]
 * km.survival; // => [0.75, 0.375]
 * km.medianLifetime; // => 3
 * ```
 * @category Retention measures
 */
export function kaplanMeierSurvival(observations: readonly LifetimeObservation[]): KaplanMeierCurve {
  const rows = parseRows("kaplanMeierSurvival", RowSchema, observations, { path: ["observations"] });
  const sorted = rows.map((r) => ({ t: r.duration, churned: r.churned, n: r.count ?? 1 })).sort((a, b) => a.t - b.t);
  let atRisk = sorted.reduce((n, r) => n + r.n, 0);
  const customers = atRisk;
  let censored = 0;
  const times: number[] = [];
  const risk: number[] = [];
  const churned: number[] = [];
  const survival: number[] = [];
  const standardError: number[] = [];
  let s = 1;
  let greenwood = 0;
  let area = 0;
  let lastT = 0;
  let median: number | null = null;
  for (let i = 0; i < sorted.length; ) {
    const t = sorted[i]!.t;
    let d = 0;
    let c = 0;
    for (; i < sorted.length && sorted[i]!.t === t; i++) {
      if (sorted[i]!.churned) d += sorted[i]!.n;
      else c += sorted[i]!.n;
    }
    area += s * (t - lastT);
    lastT = t;
    if (d > 0) {
      const n = atRisk;
      s *= 1 - d / n;
      greenwood = d < n ? greenwood + d / (n * (n - d)) : greenwood;
      times.push(t);
      risk.push(n);
      churned.push(d);
      survival.push(s);
      standardError.push(s === 0 ? 0 : s * Math.sqrt(greenwood));
      if (median === null && s <= 0.5) median = t;
    }
    censored += c;
    atRisk -= d + c;
  }
  return {
    times,
    atRisk: risk,
    churned,
    survival,
    standardError,
    customers,
    censored,
    medianLifetime: median,
    restrictedMean: { value: area, horizon: lastT },
  };
}
