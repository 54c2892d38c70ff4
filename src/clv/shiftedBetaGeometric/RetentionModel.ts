import type { ShiftedBetaGeometricFit } from "./ShiftedBetaGeometricFit.ts";

/**
 * What the retention predictions ({@link survivalCurve}, {@link retentionRate}, {@link projectSurvivors},
 * {@link discountedExpectedLifetime}, {@link discountedExpectedResidualLifetime},
 * {@link residualValueOfBase}) need of a fitted contractual (retention) model: which model, its parameters
 * and the length of one period (`unit`). Every {@link ShiftedBetaGeometricFit} is one; so is a plain
 * `{ model, params, unit }` object with published or hypothetical parameters.
 *
 * @example
 * ```ts
 * import { type RetentionModel, retentionRate } from "clientele/clv";
 * // Fader & Hardie (2007), "high end" cohort
 * const highEnd: RetentionModel = { model: "shifted-beta-geometric", params: { alpha: 0.668, beta: 3.806 }, unit: "year" };
 * retentionRate(highEnd, 1).toFixed(3); // => "0.851"
 * ```
 * @category sBG
 */
export type RetentionModel = Pick<ShiftedBetaGeometricFit, "model" | "params" | "unit">;
