import type { FitOptions } from "../clv/FitOptions.ts";
import { fitShiftedBetaGeometric } from "../clv/shiftedBetaGeometric/fitShiftedBetaGeometric.ts";
import type { ShiftedBetaGeometricFit } from "../clv/shiftedBetaGeometric/ShiftedBetaGeometricFit.ts";
import type { ShiftedBetaGeometricParams } from "../clv/shiftedBetaGeometric/ShiftedBetaGeometricParams.ts";
import {
  type CohortRetentionTable,
  type CohortRetentionTableOptions,
  cohortRetentionTable,
} from "./cohortRetentionTable.ts";
import type { SubscriptionInput } from "./SubscriptionSchema.ts";

/**
 * Options of {@link fitCohortRetention}: those of the cohort table, and the sBG fit's optimiser options
 * (its unit is the table's `period`).
 *
 * @example
 * ```ts
 * import type { FitCohortRetentionOptions } from "clientele/retention";
 * const options: FitCohortRetentionOptions = { asOf: "2024-06-30", period: "month", fit: { standardErrors: false } };
 * ```
 * @category Retention measures
 */
export interface FitCohortRetentionOptions extends CohortRetentionTableOptions {
  /** Options of `fitShiftedBetaGeometric` (start values, tolerance, …), without `unit`. */
  readonly fit?: FitOptions<ShiftedBetaGeometricParams> | undefined;
}

/**
 * What {@link fitCohortRetention} returns: the cohort table and the sBG fitted to it.
 *
 * @example
 * ```ts
 * import type { CohortRetentionFit } from "clientele/retention";
 * const read = (r: CohortRetentionFit) => [r.fit.params.alpha, r.fit.params.beta, r.table.cohorts.length];
 * ```
 * @category Retention measures
 */
export interface CohortRetentionFit {
  /** The cohort table of the subscriptions. */
  readonly table: CohortRetentionTable;
  /** The shifted-beta-geometric fit to its cohorts (unit: the table's period). */
  readonly fit: ShiftedBetaGeometricFit;
}

/**
 * Builds the cohort table of subscriptions and fits the shifted-beta-geometric (sBG) model to it in one
 * call: each cohort's survivors at the start of periods 0, 1, … (its cells' `active`) enter
 * `fitShiftedBetaGeometric` of clientele/clv as one cohort of its multi-cohort input, fitted jointly.
 *
 * @remarks
 * The cells after `asOf` are absent, so each cohort contributes only the renewal decisions observed
 * (right-censoring, as in Fader & Hardie 2007); a cohort acquired in the last period has none yet. The
 * fit's `unit` is the table's `period`: one period is one renewal decision. Use the fit with the sBG
 * functions of clientele/clv (`survivalCurve`, `retentionRate`, `discountedExpectedResidualLifetime`).
 *
 * @param subscriptions - The subscriptions (not mutated).
 * @param options - `asOf`, `period` (required), `timeZone`, `weekStartsOn`, and the fit's options.
 * @returns The table and the fit.
 * @throws {@link ClienteleInputError} `invalid_input` as {@link cohortRetentionTable}, or for bad fit options.
 * @throws {@link ClienteleDomainError} `insufficient_data` when no cohort has a renewal decision observed.
 * @example
 * ```ts
 * import { fitCohortRetention } from "clientele/retention";
 * const subscriptions = [
 *   ...Array.from({ length: 10 }, (_, i) => ({ customerId: `a${i}`, start: "2024-01-10", ...(i < 4 ? { end: "2024-02-01" } : i < 6 ? { end: "2024-03-01" } : {}) })),
 *   ...Array.from({ length: 10 }, (_, i) => ({ customerId: `b${i}`, start: "2024-02-10", ...(i < 3 ? { end: "2024-03-01" } : {}) })),
 * ];
 * const { table, fit } = fitCohortRetention(subscriptions, { asOf: "2024-03-31", period: "month" });
 * table.cohorts.map((c) => c.cells.map((x) => x.active)); // => [[10, 6, 4], [10, 7]]
 * fit.unit; // => "month"
 * ```
 * @category Retention measures
 */
export function fitCohortRetention(
  subscriptions: readonly SubscriptionInput[],
  options: FitCohortRetentionOptions,
): CohortRetentionFit {
  const { fit: fitOptions, ...tableOptions } = options;
  const table = cohortRetentionTable({ subscriptions }, tableOptions);
  const fit = fitShiftedBetaGeometric(
    { cohorts: table.cohorts.map((c) => ({ survivors: c.cells.map((cell) => cell.active) })) },
    { ...fitOptions, unit: table.period },
  );
  return { table, fit };
}
