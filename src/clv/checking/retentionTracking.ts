import * as z from "zod/mini";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { checkRetentionModel } from "../shiftedBetaGeometric/_internal/checkRetentionModel.ts";
import type { RetentionModel } from "../shiftedBetaGeometric/RetentionModel.ts";

/**
 * Options of {@link retentionTracking}: the cohort's actual survivors over calibration and holdout, and
 * how many periods the fit saw.
 *
 * @example
 * ```ts
 * import type { RetentionTrackingOptions } from "clientele/clv";
 * // Fader & Hardie (2007), Table 1, regular cohort: years 0–12, fitted on years 1–7
 * const options: RetentionTrackingOptions = {
 *   survivors: [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173],
 *   calibrationPeriods: 7,
 * };
 * ```
 * @category Model checking
 */
export interface RetentionTrackingOptions {
  /**
   * Customers of the cohort active at the start of periods 0, 1, …, N (integers ≥ 0, never increasing;
   * the first, the cohort size, > 0), over the calibration and the holdout periods.
   */
  readonly survivors: readonly number[];
  /** Periods 1 … c the model was fitted on (an integer in [0, N]); later periods are the holdout. */
  readonly calibrationPeriods: number;
}

/**
 * One period of {@link retentionTracking}.
 *
 * @example
 * ```ts
 * import type { RetentionTrackingRow } from "clientele/clv";
 * const row: RetentionTrackingRow = {
 *   period: 8, holdout: true, actualSurvivors: 223, expectedSurvivors: 220.1,
 *   actualRetentionRate: 0.925, expectedRetentionRate: 0.921,
 * };
 * ```
 * @category Model checking
 */
export interface RetentionTrackingRow {
  /** Period t = 0, 1, …, N (customers active at its start, after t renewals). */
  readonly period: number;
  /** Whether t is after the calibration periods. */
  readonly holdout: boolean;
  /** Customers actually active at the start of t. */
  readonly actualSurvivors: number;
  /** Cohort size × S(t), the model's expected survivors. */
  readonly expectedSurvivors: number;
  /** survivors[t]/survivors[t − 1] (`null` at t = 0, or after a period with no survivors). */
  readonly actualRetentionRate: number | null;
  /** The model's retention rate r(t) = S(t)/S(t − 1) (`null` at t = 0). */
  readonly expectedRetentionRate: number | null;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  survivors: /* @__PURE__ */ z
    .array(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)))
    .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(10_000_001)),
  calibrationPeriods: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
});

/**
 * Actual against expected survivors and retention rates of one cohort, period by period, with the
 * holdout marked: the projection plots of Fader & Hardie (2007, Figures 3 and 4) as rows for a chart,
 * for a fitted retention model.
 *
 * @remarks
 * sBG (Fader & Hardie 2007, eqs. 1–2): expected survivors N₀ · S(t) with S(t) = Π_{j≤t} r(j) and
 * r(t) = (β + t − 1)/(α + β + t − 1), computed as {@link survivalCurve} computes them. Fit the model on
 * `survivors` up to `calibrationPeriods` (`fitShiftedBetaGeometric({ survivors:
 * survivors.slice(0, c + 1) })`) and pass the whole series here: the rows after c show how the projection
 * held up. The actual retention rate is `null` where it is undefined (period 0, or no survivors left).
 *
 * @param fit - A fitted retention model ({@link ShiftedBetaGeometricFit}, or any {@link RetentionModel}).
 * @param options - `survivors` (periods 0 … N) and `calibrationPeriods`.
 * @returns One row per period 0 … N.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, a survivor count that is not an
 *   integer ≥ 0 (path `options.survivors[3]`), survivors that increase or a cohort size of 0, or
 *   `calibrationPeriods` beyond N.
 * @example
 * ```ts
 * import { type RetentionModel, retentionTracking } from "clientele/clv";
 * const regular: RetentionModel = { model: "shifted-beta-geometric", params: { alpha: 0.704, beta: 1.182 }, unit: "year" };
 * const rows = retentionTracking(regular, {
 *   survivors: [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173],
 *   calibrationPeriods: 7,
 * });
 * rows[12]!.holdout; // => true
 * rows[12]!.expectedSurvivors.toFixed(1); // => "170.1"
 * rows[12]!.actualRetentionRate?.toFixed(3); // => "0.945"
 * ```
 * @see {@link survivalCurve}, {@link projectSurvivors}, {@link trackingCurve}
 * @category Model checking
 */
export function retentionTracking(fit: RetentionModel, options: RetentionTrackingOptions): RetentionTrackingRow[] {
  const fn = "retentionTracking";
  const { alpha, beta } = checkRetentionModel(fn, fit).params;
  const { survivors, calibrationPeriods } = parseInput(fn, OptionsSchema, options, ["options"]);
  const last = survivors.length - 1;
  const issue = (path: (string | number)[], message: string): never => {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: [{ code: "invalid_value", path, message }] });
  };
  if (survivors[0] === 0) issue(["options", "survivors", 0], "expected a cohort size > 0, received 0");
  for (let t = 1; t <= last; t++) {
    if (survivors[t]! > survivors[t - 1]!) {
      issue(
        ["options", "survivors", t],
        `expected at most ${survivors[t - 1]} (survivors never increase), received ${survivors[t]}`,
      );
    }
  }
  if (calibrationPeriods > last) {
    issue(
      ["options", "calibrationPeriods"],
      `expected at most ${last} (the last period of survivors), received ${calibrationPeriods}`,
    );
  }
  const size = survivors[0]!;
  const rows: RetentionTrackingRow[] = [];
  let s = 1;
  for (let t = 0; t <= last; t++) {
    let expectedRate: number | null = null;
    if (t > 0) {
      expectedRate = 1 / (1 + alpha / (beta + (t - 1)));
      s *= expectedRate;
    }
    const previous = t > 0 ? survivors[t - 1]! : 0;
    rows.push({
      period: t,
      holdout: t > calibrationPeriods,
      actualSurvivors: survivors[t]!,
      expectedSurvivors: size * s,
      actualRetentionRate: previous > 0 ? survivors[t]! / previous : null,
      expectedRetentionRate: expectedRate,
    });
  }
  return rows;
}
