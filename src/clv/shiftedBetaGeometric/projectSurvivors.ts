import * as z from "zod/mini";
import { parseInput } from "../../schema/parseInput.ts";
import { checkRetentionModel } from "./_internal/checkRetentionModel.ts";
import type { RetentionModel } from "./RetentionModel.ts";

/** Longest projection, in periods. */
const MAX_PERIODS = 10_000_000;

/**
 * Options of {@link projectSurvivors}.
 *
 * @example
 * ```ts
 * import type { ProjectSurvivorsOptions } from "clientele/clv";
 * // 241 customers who have renewed 7 times, projected 5 periods ahead
 * const options: ProjectSurvivorsOptions = { cohortSize: 241, periods: 5, renewals: 7 };
 * ```
 * @category sBG
 */
export interface ProjectSurvivorsOptions {
  /** Customers active now (finite, ≥ 0; fractions allowed, the projection is linear in it). */
  readonly cohortSize: number;
  /** How many periods ahead to project, an integer in [0, 10⁷]. */
  readonly periods: number;
  /** Renewals the cohort has made so far (its tenure), an integer ≥ 0; default 0 (a new cohort). */
  readonly renewals?: number | undefined;
}

/**
 * What {@link projectSurvivors} returns: expected counts, index j = periods from now.
 *
 * @example
 * ```ts
 * import { projectSurvivors, type SurvivorProjection } from "clientele/clv";
 * const p: SurvivorProjection = projectSurvivors(
 *   { model: "shifted-beta-geometric", params: { alpha: 1, beta: 1 }, unit: "month" },
 *   { cohortSize: 100, periods: 2 },
 * );
 * [...p.alive]; // => [100, 50, 33.333333333333336]
 * ```
 * @category sBG
 */
export interface SurvivorProjection {
  /** `alive[j]`: expected customers still active after j more renewal decisions (`alive[0]` = `cohortSize`). */
  readonly alive: Float64Array;
  /** `lost[j]`: expected customers lost at the j-th renewal decision from now (`lost[0]` = 0). */
  readonly lost: Float64Array;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  cohortSize: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
  periods: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(MAX_PERIODS)),
  renewals: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0))),
});

/**
 * Projects a cohort forward under a fitted retention model: the expected number still active and the
 * expected number lost in each of the next `periods` periods, for a cohort of `cohortSize` customers who
 * have made `renewals` renewals so far (0: a new cohort).
 *
 * @remarks
 * sBG (Fader & Hardie 2007, eqs. 1–2, conditioned on survival to the current tenure k = `renewals`):
 * alive(j) = N · S(k + j)/S(k) = N · Π_{i=1}^{j} r(k + i), lost(j) = alive(j − 1) · (1 − r(k + j)) with
 * 1 − r(t) = α/(α + β + t − 1) computed without cancellation, so alive(j − 1) − alive(j) = lost(j) to
 * rounding. A cohort that has already survived k renewals keeps its better customers, so it churns
 * less than a new one: `projectSurvivors(fit, { cohortSize: 241, renewals: 7, periods: 5 })` is not
 * 241 · S(j). Counts are expectations (not integers).
 *
 * @param fit - A fitted retention model ({@link ShiftedBetaGeometricFit}, or any {@link RetentionModel}).
 * @param options - `cohortSize`, `periods`, `renewals` ({@link ProjectSurvivorsOptions}).
 * @returns Fresh arrays of length `periods + 1` ({@link SurvivorProjection}).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `fit` or option (path
 *   `options.cohortSize`, …).
 * @example
 * ```ts
 * import { projectSurvivors, type RetentionModel } from "clientele/clv";
 * // Fader & Hardie (2007), "regular" cohort: the 241 customers left after year 7, five years on
 * const regular: RetentionModel = { model: "shifted-beta-geometric", params: { alpha: 0.704, beta: 1.182 }, unit: "year" };
 * const p = projectSurvivors(regular, { cohortSize: 241, renewals: 7, periods: 5 });
 * p.alive[5]?.toFixed(1); // => "171.4"
 * p.lost[1]?.toFixed(1); // => "19.1"
 * ```
 * @see {@link survivalCurve}, {@link retentionRate}
 * @category sBG
 */
export function projectSurvivors(fit: RetentionModel, options: ProjectSurvivorsOptions): SurvivorProjection {
  const fn = "projectSurvivors";
  const { alpha, beta } = checkRetentionModel(fn, fit).params;
  const { cohortSize, periods, renewals = 0 } = parseInput(fn, OptionsSchema, options, ["options"]);
  const alive = new Float64Array(periods + 1);
  const lost = new Float64Array(periods + 1);
  alive[0] = cohortSize;
  let current = cohortSize;
  for (let j = 1; j <= periods; j++) {
    const b = beta + (renewals + j - 1);
    const churn = 1 / (1 + b / alpha);
    lost[j] = current * churn;
    current /= 1 + alpha / b;
    alive[j] = current;
  }
  return { alive, lost };
}
