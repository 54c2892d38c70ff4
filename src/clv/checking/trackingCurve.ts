import * as z from "zod/mini";
import { describeReceived } from "../../_lib/describeReceived.ts";
import { MAX_DOUBLE } from "../../_lib/numberLimits.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { readNonNegativeEntries } from "../_internal/readNonNegativeEntries.ts";
import type { BgBbModel } from "../bgBb/BgBbModel.ts";
import type { CountModel } from "../CountModelFit.ts";
import { readPredictionModel } from "../predictions/_internal/readPredictionModel.ts";

/**
 * A group of customers acquired (first purchase) at the same time, for {@link trackingCurve}.
 *
 * @example
 * ```ts
 * import type { TrackingCohort } from "clientele/clv";
 * const week3: TrackingCohort = { time: 2, customers: 180 }; // 180 customers first bought 2 weeks after the start
 * ```
 * @category Model checking
 */
export interface TrackingCohort {
  /** Time of the first purchase, from the start of tracking, in the fit's unit (finite, ≥ 0). */
  readonly time: number;
  /** Number of customers acquired then (an integer ≥ 0). */
  readonly customers: number;
}

/**
 * Options of {@link trackingCurve}: who was acquired when (exactly one of `firstPurchaseTimes` and
 * `cohorts`), how many periods of what length to track, and optionally the actual repeat purchases.
 *
 * @example
 * ```ts
 * import type { TrackingCurveOptions } from "clientele/clv";
 * const options: TrackingCurveOptions = { cohorts: [{ time: 0, customers: 100 }], periods: 78, period: 1 };
 * ```
 * @category Model checking
 */
export interface TrackingCurveOptions {
  /** Each customer's first-purchase time from the start of tracking, in the fit's unit (finite, ≥ 0). */
  readonly firstPurchaseTimes?: ArrayLike<number> | undefined;
  /** Acquisitions as counts per time (instead of `firstPurchaseTimes`). */
  readonly cohorts?: readonly TrackingCohort[] | undefined;
  /** Number of periods to track (an integer in [1, 100,000]). */
  readonly periods: number;
  /** Length of one period in the fit's unit (finite, > 0; default 1: weekly tracking for a fit in weeks). */
  readonly period?: number | undefined;
  /** Actual repeat purchases in each period (`periods` finite numbers ≥ 0), to draw next to the model. */
  readonly actual?: ArrayLike<number> | undefined;
}

/**
 * One period of {@link trackingCurve}.
 *
 * @example
 * ```ts
 * import type { TrackingRow } from "clientele/clv";
 * const row: TrackingRow = { period: 1, end: 1, expectedIncremental: 2.1, expectedCumulative: 2.1 };
 * ```
 * @category Model checking
 */
export interface TrackingRow {
  /** Period number k = 1, 2, …, periods. */
  readonly period: number;
  /** End of the period, k × `period`, in the fit's unit. */
  readonly end: number;
  /** Expected repeat purchases in the period, (k − 1, k] × `period`. */
  readonly expectedIncremental: number;
  /** Expected repeat purchases from the start to the end of the period. */
  readonly expectedCumulative: number;
  /** Actual repeat purchases in the period (only with `actual`). */
  readonly actualIncremental?: number;
  /** Actual repeat purchases from the start to the end of the period (only with `actual`). */
  readonly actualCumulative?: number;
}

const ScalarsSchema = /* @__PURE__ */ z.object({
  periods: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(100_000)),
  period: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(MAX_DOUBLE)),
  ),
});

const CohortSchema = /* @__PURE__ */ z.array(
  /* @__PURE__ */ z.strictObject({
    time: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(MAX_DOUBLE)),
    customers: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
  }),
);

/**
 * Expected repeat purchases of a customer base period by period (incremental and cumulative), with the
 * actual ones beside them when given: the weekly tracking plots of Fader, Hardie & Lee (2005, Figures 1
 * and 2), as rows for a chart, for any count model, and the yearly ones of Fader, Hardie & Shang (2010)
 * for a BG/BB fit.
 *
 * @remarks
 * A customer acquired at sᵢ (the first purchase, not counted) has made E[X(t − sᵢ)] repeat purchases by
 * time t ({@link expectedPurchases}, 0 before sᵢ), so the base's expected cumulative repeat purchases are
 * Σᵢ E[X(max(0, t − sᵢ))] at t = k × `period`, and the incremental ones their differences. Customers with
 * the same first-purchase time are evaluated once, so the cost is (distinct times) × periods evaluations of
 * E[X(t)]: round continuous times to the day first if there are many. Acquisitions after the end of the
 * calibration period are fine (customers enter the sum when they arrive) but the model was fitted without
 * them.
 *
 * **BG/BB**: time is counted in opportunities, so `period` and every acquisition time must be whole
 * numbers; E[X(n)] is the expected transactions at the first n opportunities after acquisition (FHS
 * 2010, eq. 7), e.g. `{ cohorts: [{ time: 0, customers: 11104 }], periods: 11 }` for the 1995 donors
 * tracked over 1996–2006.
 *
 * **Actual counts** are taken as input (`actual`, one number per period): for each period, the
 * purchases that are not a customer's first (after merging same-day purchases if the fit's summary did),
 * dated in that period. `repeatPurchasesByPeriod` (clientele/rfm) counts them from a transaction log and
 * also gives `firstPurchaseTimes`. For a transaction log split at a calibration end, the tracking start is usually
 * the start of the acquisition window and s_i = (start of calibration → first purchase) = (calibration
 * length − Tᵢ) from the calibration summary. Accuracy: matches Σ E[X(t − sᵢ)] computed customer by
 * customer on CDNOW to 1e-12 relative (test/clv/checking/trackingCurve.test.ts).
 *
 * @param fit - A fitted count model ({@link CountModelFit}, or any {@link CountModel}), or a BG/BB fit
 *   ({@link BgBbModel}).
 * @param options - Acquisition times or cohorts, `periods`, `period`, `actual`.
 * @returns One row per period.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, both or neither of
 *   `firstPurchaseTimes` and `cohorts`, a bad time or count (path `options.firstPurchaseTimes[3]`), or
 *   `actual` of the wrong length or with a bad value.
 * @throws {@link ClienteleDomainError} `domain_error` if a value cannot be evaluated accurately.
 * @example
 * ```ts
 * import { type CountModel, trackingCurve } from "clientele/clv";
 * const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
 * const rows = trackingCurve(fit, { cohorts: [{ time: 0, customers: 1000 }], periods: 52, actual: new Array(52).fill(28) });
 * rows[51]!.expectedCumulative.toFixed(0); // => "1446"   (1000 × E[X(52)])
 * rows[51]!.actualCumulative; // => 1456
 * ```
 * @see {@link expectedPurchases}, {@link calibrationHoldoutTable}
 * @category Model checking
 */
export function trackingCurve(fit: CountModel | BgBbModel, options: TrackingCurveOptions): readonly TrackingRow[] {
  const fn = "trackingCurve";
  const { kernels, params } = readPredictionModel(fn, fit);
  const expectedAt = (t: number): number => kernels.conditionalExpectedPurchases(params, t)(0, 0, 0);
  const scalars = parseInput(fn, ScalarsSchema, options, ["options"]);
  const periods = scalars.periods;
  const period = scalars.period ?? 1;
  // Times on the model's axis: for BG/BB, whole numbers of opportunities.
  kernels.readHorizon(fn, period, ["options", "period"]);
  const { firstPurchaseTimes, cohorts, actual } = options;
  if ((firstPurchaseTimes === undefined) === (cohorts === undefined)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["options", "firstPurchaseTimes"],
          message: "expected exactly one of firstPurchaseTimes and cohorts",
          expected: "firstPurchaseTimes | cohorts",
          received: firstPurchaseTimes === undefined ? "neither" : "both",
        },
      ],
    });
  }
  const groups = new Map<number, number>();
  if (cohorts !== undefined) {
    parseInput(fn, CohortSchema, cohorts, ["options", "cohorts"]).forEach((c, i) => {
      kernels.readHorizon(fn, c.time, ["options", "cohorts", i, "time"]);
      groups.set(c.time, (groups.get(c.time) ?? 0) + c.customers);
    });
  } else {
    const times = readColumn(fn, firstPurchaseTimes, "firstPurchaseTimes", undefined);
    times.forEach((s, i) => {
      kernels.readHorizon(fn, s, ["options", "firstPurchaseTimes", i]);
      groups.set(s, (groups.get(s) ?? 0) + 1);
    });
  }
  const observed = actual === undefined ? undefined : readColumn(fn, actual, "actual", periods);
  const rows: TrackingRow[] = [];
  let previous = 0;
  let actualCumulative = 0;
  for (let k = 1; k <= periods; k++) {
    const end = k * period;
    let cumulative = 0;
    for (const [s, count] of groups) {
      if (count === 0 || s >= end) continue;
      const v = expectedAt(end - s);
      if (!(v >= 0 && v <= Number.MAX_VALUE)) {
        throw new ClienteleDomainError(
          "domain_error",
          `${fn}: E[X(${end - s})] could not be evaluated accurately (${v})`,
          { issues: [{ code: "domain_error", path: ["options", "periods"], message: `E[X(t)] is ${v}` }] },
        );
      }
      cumulative += count * v;
    }
    const incremental = Math.max(0, cumulative - previous);
    previous = cumulative;
    if (observed === undefined) {
      rows.push({ period: k, end, expectedIncremental: incremental, expectedCumulative: cumulative });
    } else {
      const a = observed[k - 1]!;
      actualCumulative += a;
      rows.push({
        period: k,
        end,
        expectedIncremental: incremental,
        expectedCumulative: cumulative,
        actualIncremental: a,
        actualCumulative,
      });
    }
  }
  return rows;
}

/** Reads an array-like of finite numbers ≥ 0 (of a given length, if any), naming every bad entry. */
function readColumn(fn: string, column: unknown, key: string, length: number | undefined): Float64Array {
  const n = typeof column === "object" && column !== null ? (column as { length?: unknown }).length : undefined;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0 || (length !== undefined && n !== length)) {
    const expected = length === undefined ? "array of numbers" : `${length} numbers (one per period)`;
    const received = typeof n === "number" ? `length ${n}` : describeReceived(column);
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: typeof n === "number" ? "invalid_length" : "invalid_type",
          path: ["options", key],
          message: `expected ${expected}, received ${received}`,
          expected,
          received,
        },
      ],
    });
  }
  return readNonNegativeEntries(fn, column as ArrayLike<unknown>, n, ["options", key]);
}
