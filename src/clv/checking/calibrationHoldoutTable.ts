import * as z from "zod/mini";
import type { SummaryColumns } from "../../rfm/SummaryColumns.ts";
import type { SummaryRowInput } from "../../rfm/SummaryRowSchema.ts";
import type { TransactionSummary } from "../../rfm/TransactionSummary.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { expectedHoldoutPurchases } from "../_internal/expectedHoldoutPurchases.ts";
import { checkingDataReaders } from "../_internal/timeAxisReaders.ts";
import type { BgBbHoldoutData } from "../bgBb/BgBbHoldoutData.ts";
import type { BgBbModel } from "../bgBb/BgBbModel.ts";
import type { CountModel } from "../CountModelFit.ts";
import { readPredictionModel } from "../predictions/_internal/readPredictionModel.ts";

/**
 * Customer summaries with their holdout period, as the model-checking functions take them: a
 * {@link TransactionSummary} made with a `calibrationEnd` (its unit must be the fit's), its rows, or
 * {@link SummaryColumns} with `holdoutFrequency` and `holdoutDuration`.
 *
 * @example
 * ```ts
 * import type { HoldoutSummaries } from "clientele/clv";
 * const rows: HoldoutSummaries = [
 *   { customerId: "a", frequency: 2, recency: 30, T: 38, holdoutFrequency: 1, holdoutDuration: 39 },
 * ];
 * ```
 * @category Model checking
 */
export type HoldoutSummaries = TransactionSummary | readonly SummaryRowInput[] | SummaryColumns;

/**
 * Options of {@link calibrationHoldoutTable}.
 *
 * @example
 * ```ts
 * import type { CalibrationHoldoutTableOptions } from "clientele/clv";
 * const options: CalibrationHoldoutTableOptions = { maxFrequency: 7 }; // bins 0, 1, …, 6, "7+"
 * ```
 * @category Model checking
 */
export interface CalibrationHoldoutTableOptions {
  /** The last bin collects every calibration frequency ≥ this (an integer in [1, 10,000]; default 7, as FHL 2005). */
  readonly maxFrequency?: number | undefined;
}

/**
 * One row of {@link calibrationHoldoutTable}: the customers with a given calibration frequency, their mean
 * actual holdout purchases and the model's mean conditional expectation for them.
 *
 * @example
 * ```ts
 * import type { CalibrationHoldoutRow } from "clientele/clv";
 * const row: CalibrationHoldoutRow = { frequency: 7, label: "7+", customers: 81, actualHoldout: 7.6, expectedHoldout: 7.3 };
 * ```
 * @category Model checking
 */
export interface CalibrationHoldoutRow {
  /** Calibration frequency x of the bin (for the last bin, its lower bound `maxFrequency`). */
  readonly frequency: number;
  /** The bin's label for a chart axis: `"0"`, `"1"`, …, and `"7+"` for the last bin. */
  readonly label: string;
  /** Customers in the bin (≥ 1: empty bins are left out). */
  readonly customers: number;
  /** Mean actual holdout purchases x* of the bin's customers. */
  readonly actualHoldout: number;
  /** Mean of the bin's customers' conditional expected purchases over their holdout period. */
  readonly expectedHoldout: number;
}

const OptionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({
    maxFrequency: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(10_000)),
    ),
  }),
);

/**
 * Calibration vs holdout by calibration frequency: for each number of repeat purchases x in the
 * calibration period (0, 1, …, and a last bin "max+"), the mean number of purchases the customers made in
 * the holdout period next to the mean the model expected for them. The rows are ready for a chart (x axis
 * `label`, two series `actualHoldout` and `expectedHoldout`): the conditional-expectation plot of Fader,
 * Hardie & Lee (2005, Figure 5) for any count model.
 *
 * @remarks
 * The expectation of customer i is {@link conditionalExpectedPurchases}(fit, t*ᵢ, (xᵢ, t_xᵢ, Tᵢ)) over the
 * customer's own holdout length t*ᵢ = `holdoutDuration` (the same for every customer of a
 * `summarizeTransactions` summary). Bins without customers are left out. Accuracy: the sum over rows of
 * `customers × expectedHoldout` equals the sum of the customers' conditional expectations computed one by
 * one to 1e-12 relative, and on CDNOW (FHL 2005's data, 39-week holdout) the table of the maximum-likelihood
 * fit is checked against the same values computed independently (test/clv/checking/calibrationHoldoutTable.test.ts).
 * O(n) plus one kernel evaluation per customer.
 *
 * **BG/BB** (Fader, Hardie & Shang 2010): pass the patterns with their holdout ({@link BgBbHoldoutData}:
 * `summarizeOpportunities`' result made with `holdoutPeriods`, or rows/columns with `holdoutFrequency`
 * and `holdoutOpportunities`, `count` weighting a row); x is the number of calibration opportunities
 * with a transaction, and the expectation is {@link conditionalExpectedPurchases} over the customer's
 * n* holdout opportunities (FHS 2010, eq. 13).
 *
 * @param fit - A fitted count model ({@link CountModelFit}, or any {@link CountModel}), or a BG/BB fit
 *   ({@link BgBbModel}).
 * @param summaries - Calibration summaries with `holdoutFrequency` and `holdoutDuration` ({@link HoldoutSummaries}), in the fit's unit;
 *   for BG/BB, patterns with `holdoutFrequency` and `holdoutOpportunities` ({@link BgBbHoldoutData}).
 * @param options - `maxFrequency` (default 7).
 * @returns One row per non-empty bin, by increasing frequency.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, bad options, a bad or missing summary
 *   value (paths `summaries[3].holdoutDuration`, `summaries.T[3]`), or a summary unit that is not the fit's.
 * @throws {@link ClienteleDomainError} `insufficient_data` without customers; `domain_error` for impossible
 *   rows or a value that cannot be evaluated accurately.
 * @example
 * ```ts
 * import { calibrationHoldoutTable, type CountModel } from "clientele/clv";
 * const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
 * calibrationHoldoutTable(fit, [
 *   { customerId: "a", frequency: 0, recency: 0, T: 38, holdoutFrequency: 0, holdoutDuration: 39 },
 *   { customerId: "b", frequency: 2, recency: 30, T: 38, holdoutFrequency: 3, holdoutDuration: 39 },
 * ], { maxFrequency: 2 });
 * // => [ { frequency: 0, label: "0", customers: 1, actualHoldout: 0, expectedHoldout: 0.198… },
 * //      { frequency: 2, label: "2+", customers: 1, actualHoldout: 3, expectedHoldout: 1.252… } ]
 * ```
 * @see {@link evaluateHoldout}, {@link frequencyChiSquare}
 * @category Model checking
 */
export function calibrationHoldoutTable(
  fit: CountModel,
  summaries: HoldoutSummaries,
  options?: CalibrationHoldoutTableOptions | undefined,
): readonly CalibrationHoldoutRow[];
export function calibrationHoldoutTable(
  fit: BgBbModel,
  patterns: BgBbHoldoutData,
  options?: CalibrationHoldoutTableOptions | undefined,
): readonly CalibrationHoldoutRow[];
export function calibrationHoldoutTable(
  fit: CountModel | BgBbModel,
  summaries: HoldoutSummaries | BgBbHoldoutData,
  options?: CalibrationHoldoutTableOptions | undefined,
): readonly CalibrationHoldoutRow[] {
  const fn = "calibrationHoldoutTable";
  const model = readPredictionModel(fn, fit);
  const max = parseInput(fn, OptionsSchema, options, ["options"])?.maxFrequency ?? 7;
  const customers = new Float64Array(max + 1);
  const actual = new Float64Array(max + 1);
  const predicted = new Float64Array(max + 1);
  const data = checkingDataReaders[model.kernels.timeAxis](fn, summaries, model.unit, true);
  const expected = expectedHoldoutPurchases(fn, model, data);
  for (let i = 0; i < data.length; i++) {
    const w = data.weight === undefined ? 1 : data.weight[i]!;
    if (w === 0) continue;
    const bin = Math.min(max, data.frequency[i]!);
    customers[bin]! += w;
    actual[bin]! += w * data.holdoutFrequency[i]!;
    predicted[bin]! += w * expected[i]!;
  }
  const rows: CalibrationHoldoutRow[] = [];
  for (let x = 0; x <= max; x++) {
    const c = customers[x]!;
    if (c === 0) continue;
    rows.push({
      frequency: x,
      label: x === max ? `${x}+` : String(x),
      customers: c,
      actualHoldout: actual[x]! / c,
      expectedHoldout: predicted[x]! / c,
    });
  }
  return rows;
}
