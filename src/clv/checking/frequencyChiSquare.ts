import * as z from "zod/mini";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import type { BgBbData } from "../../rfm/BgBbData.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { chiSquareSurvival } from "../_internal/chiSquareSurvival.ts";
import { checkingDataReaders } from "../_internal/timeAxisReaders.ts";
import type { BgBbModel } from "../bgBb/BgBbModel.ts";
import type { CountModel } from "../CountModelFit.ts";
import { readPredictionModel } from "../predictions/_internal/readPredictionModel.ts";
import type { HoldoutSummaries } from "./calibrationHoldoutTable.ts";

/**
 * Options of {@link frequencyChiSquare}.
 *
 * @example
 * ```ts
 * import type { FrequencyChiSquareOptions } from "clientele/clv";
 * const options: FrequencyChiSquareOptions = { maxFrequency: 7 }; // bins 0, …, 6, "7+": 8 bins, df = 8 − 1 − 4
 * ```
 * @category Model checking
 */
export interface FrequencyChiSquareOptions {
  /** The last bin collects every calibration frequency ≥ this (an integer in [1, 10,000]; default 7). */
  readonly maxFrequency?: number | undefined;
  /**
   * Parameters estimated from these data, subtracted from the degrees of freedom (an integer ≥ 0; default
   * the model's number of parameters; give 0 for published parameters not fitted to these data).
   */
  readonly estimatedParameters?: number | undefined;
}

/**
 * One bin of {@link frequencyChiSquare}.
 *
 * @example
 * ```ts
 * import type { FrequencyChiSquareBin } from "clientele/clv";
 * const bin: FrequencyChiSquareBin = { frequency: 0, label: "0", observed: 1411, expected: 1409.6 };
 * ```
 * @category Model checking
 */
export interface FrequencyChiSquareBin {
  /** Calibration frequency of the bin (for the last bin, its lower bound). */
  readonly frequency: number;
  /** `"0"`, `"1"`, …, and `"7+"` for the last bin. */
  readonly label: string;
  /** Customers observed with this calibration frequency. */
  readonly observed: number;
  /** Customers the model expects with it, Σᵢ P(X(Tᵢ) = x). */
  readonly expected: number;
}

/**
 * The result of {@link frequencyChiSquare}.
 *
 * @example
 * ```ts
 * import type { FrequencyChiSquareResult } from "clientele/clv";
 * const r: FrequencyChiSquareResult = { bins: [], statistic: 4.3, df: 3, pValue: 0.23, warnings: [] };
 * ```
 * @category Model checking
 */
export interface FrequencyChiSquareResult {
  /** Observed and expected counts per bin, by increasing frequency (every bin, empty ones included). */
  readonly bins: readonly FrequencyChiSquareBin[];
  /** Pearson's statistic Σ (observed − expected)² / expected. */
  readonly statistic: number;
  /** Degrees of freedom: bins − 1 − estimated parameters. */
  readonly df: number;
  /** P(χ²_df > statistic). */
  readonly pValue: number;
  /** Bins whose expected count is below 5 (the chi-square approximation is then poor); empty when none. */
  readonly warnings: readonly string[];
}

const OptionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({
    maxFrequency: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(10_000)),
    ),
    estimatedParameters: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0))),
  }),
);

/**
 * Goodness of fit of a count model to the calibration-period frequencies: the number of customers with
 * 0, 1, 2, … repeat purchases against the number the model expects, with Pearson's chi-square statistic
 * and its p-value (the in-sample histogram check of Fader, Hardie & Lee 2005, Figure 3, as a test).
 *
 * @remarks
 * Customer i, observed for Tᵢ since the first purchase, has x repeat purchases in (0, Tᵢ] with probability
 * P(X(Tᵢ) = x) ({@link purchaseCountProbability}, the probability for a customer acquired at time 0, which
 * is what calibration frequency counts), so the expected count of bin x is Σᵢ P(X(Tᵢ) = x) and that of the
 * last bin is Σᵢ (1 − Σ_{x<max} P(X(Tᵢ) = x)). The statistic is Σ (O − E)²/E over the bins, compared with
 * χ² on bins − 1 − k degrees of freedom, k the parameters estimated from these data (Pearson's statistic
 * with ML estimates from ungrouped data is only approximately χ² there: Chernoff & Lehmann 1954 show the
 * true distribution lies between χ²_{bins−1−k} and χ²_{bins−1}, so the p-value is slightly too small).
 * The p-value is the regularized upper incomplete gamma Q(df/2, statistic/2) (series and continued
 * fraction, Numerical Recipes §6.2), checked against χ² quantiles to 1e-9 (test/clv/_internal/chiSquareSurvival.test.ts).
 * Costs one probability per distinct T and bin; a small p-value says the model does not reproduce the
 * frequency histogram.
 *
 * Every count model has P(X(t) = x) (Pareto/NBD included). **BG/BB** (Fader, Hardie & Shang 2010, eq. 8):
 * the bins count customers by the number of the n opportunities with a transaction, and bin x expects
 * Σ count · P(X(n) = x) (0 for x > n).
 *
 * @param fit - A fitted count model ({@link CountModelFit}, or any {@link CountModel}), or a BG/BB fit
 *   ({@link BgBbModel}).
 * @param summaries - Calibration summaries (holdout fields not needed), in the fit's unit; for BG/BB, the
 *   patterns the model was fitted on ({@link BgBbData}: x over n opportunities, `count` weighting a row).
 * @param options - `maxFrequency` (default 7), `estimatedParameters` (default: the model's count).
 * @returns Bins, statistic, degrees of freedom, p-value, warnings.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, options or summary value.
 * @throws {@link ClienteleDomainError} `domain_error` if df < 1 (use more bins), if a bin's expected count
 *   is 0, or for impossible rows; `insufficient_data` without customers.
 * @example
 * ```ts
 * import { type CountModel, frequencyChiSquare } from "clientele/clv";
 * const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
 * const summaries = { customerId: [1, 2, 3, 4], frequency: [0, 0, 1, 3], recency: [0, 0, 10, 30], T: [39, 39, 39, 39] };
 * const test = frequencyChiSquare(fit, summaries, { maxFrequency: 2, estimatedParameters: 0 });
 * test.df; // => 2
 * test.bins.map((b) => b.observed); // => [2, 1, 1]
 * ```
 * @see {@link calibrationHoldoutTable}, {@link likelihoodRatioTest}
 * @category Model checking
 */
export function frequencyChiSquare(
  fit: CountModel,
  summaries: HoldoutSummaries,
  options?: FrequencyChiSquareOptions | undefined,
): FrequencyChiSquareResult;
export function frequencyChiSquare(
  fit: BgBbModel,
  patterns: BgBbData,
  options?: FrequencyChiSquareOptions | undefined,
): FrequencyChiSquareResult;
export function frequencyChiSquare(
  fit: CountModel | BgBbModel,
  summaries: HoldoutSummaries | BgBbData,
  options?: FrequencyChiSquareOptions | undefined,
): FrequencyChiSquareResult {
  const fn = "frequencyChiSquare";
  const { kernels, params, unit } = readPredictionModel(fn, fit);
  const parsed = parseInput(fn, OptionsSchema, options, ["options"]);
  const max = parsed?.maxFrequency ?? 7;
  const k = parsed?.estimatedParameters ?? kernels.parameters.length;
  const df = max + 1 - 1 - k;
  if (df < 1) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: ${max + 1} bins leave ${df} degrees of freedom after ${k} estimated parameters; raise maxFrequency to at least ${k + 1}`,
      { issues: [{ code: "domain_error", path: ["options", "maxFrequency"], message: `df = ${df} < 1` }] },
    );
  }
  // Customers are grouped by their horizon (T, or n opportunities for BG/BB): the expected counts need
  // P(X(horizon) = x) once per distinct horizon.
  const observed = new Float64Array(max + 1);
  const ages = new Map<number, number>();
  const data = checkingDataReaders[kernels.timeAxis](fn, summaries, unit, false);
  for (let i = 0; i < data.length; i++) {
    const w = data.weight === undefined ? 1 : data.weight[i]!;
    observed[Math.min(max, data.frequency[i]!)]! += w;
    const age = data.age[i]!;
    ages.set(age, (ages.get(age) ?? 0) + w);
  }
  const expected = new Float64Array(max + 1);
  for (const [T, count] of ages) {
    let below = 0;
    for (let x = 0; x < max; x++) {
      const p = kernels.purchaseCountProbability(params, x, T);
      if (!(p >= -1e-12 && p <= 1 + 1e-12)) {
        throw new ClienteleDomainError(
          "domain_error",
          `${fn}: P(X(${T}) = ${x}) could not be evaluated accurately (${p})`,
          { issues: [{ code: "domain_error", path: ["summaries"], message: `probability is ${p}` }] },
        );
      }
      const q = Math.min(1, Math.max(0, p));
      expected[x]! += count * q;
      below += q;
    }
    expected[max]! += count * Math.max(0, 1 - below);
  }
  const bins: FrequencyChiSquareBin[] = [];
  const warnings: string[] = [];
  let statistic = 0;
  for (let x = 0; x <= max; x++) {
    const label = x === max ? `${x}+` : String(x);
    const e = expected[x]!;
    const o = observed[x]!;
    if (!(e > 0)) {
      throw new ClienteleDomainError(
        "domain_error",
        `${fn}: the model expects no customer in bin ${label}; lower maxFrequency`,
        {
          issues: [
            { code: "domain_error", path: ["options", "maxFrequency"], message: `expected count of bin ${label} is 0` },
          ],
        },
      );
    }
    if (e < 5)
      warnings.push(
        `bin ${label} has expected count ${e.toPrecision(3)} < 5: the chi-square approximation is poor; lower maxFrequency`,
      );
    statistic += ((o - e) * (o - e)) / e;
    bins.push({ frequency: x, label, observed: o, expected: e });
  }
  return { bins, statistic, df, pValue: chiSquareSurvival(statistic, df), warnings };
}
