import { describeReceived } from "../../_lib/describeReceived.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ModelFit } from "../ModelFit.ts";

/**
 * One row of {@link compareFits}.
 *
 * @example
 * ```ts
 * import type { FitComparisonRow } from "clientele/clv";
 * const row: FitComparisonRow = {
 *   name: "BG/NBD", model: "bg-nbd", parameters: 4, n: 2357, logLikelihood: -9582.4,
 *   aic: 19172.9, bic: 19195.9, deltaAic: 0, deltaBic: 0, akaikeWeight: 1,
 * };
 * ```
 * @category Model checking
 */
export interface FitComparisonRow {
  /** The key the fit was given under. */
  readonly name: string;
  /** The fit's `model`. */
  readonly model: string;
  /** Number of parameters k. */
  readonly parameters: number;
  /** Customers fitted. */
  readonly n: number;
  /** Total log-likelihood. */
  readonly logLikelihood: number;
  /** 2k − 2 ln L. */
  readonly aic: number;
  /** k ln n − 2 ln L. */
  readonly bic: number;
  /** AIC minus the smallest AIC of the table (0 for the best). */
  readonly deltaAic: number;
  /** BIC minus the smallest BIC of the table (0 for the best). */
  readonly deltaBic: number;
  /** Akaike weight exp(−ΔAIC/2) / Σ exp(−ΔAIC/2) (Burnham & Anderson 2002, §2.9). */
  readonly akaikeWeight: number;
}

/**
 * A table comparing fitted models on the same data by log-likelihood, AIC and BIC, with differences to
 * the best model and Akaike weights. The fits need not be nested (BG/NBD against Pareto/NBD against
 * MBG/NBD is the intended use); for nested models see {@link likelihoodRatioTest}.
 *
 * @remarks
 * Lower AIC/BIC is better; by the usual reading (Burnham & Anderson 2002), ΔAIC < 2 is no real difference
 * and ΔAIC > 10 is strong evidence against the model. All fits must have the same `n` and `unit` (the
 * log-likelihoods are densities of the purchase times, so their unit matters). `aic`, `bic` and `k` are
 * recomputed from `logLikelihood`, the number of parameters and `n`, so hand-made fits are treated alike.
 * Rows are in the order of the keys of `fits`.
 *
 * @param fits - Fits by name, e.g. `{ "BG/NBD": bg, "MBG/NBD": mbg }` (at least one).
 * @returns One row per fit.
 * @throws {@link ClienteleInputError} `invalid_input` for an empty record or a fit without a finite
 *   `logLikelihood` or a positive integer `n` (path `fits.<name>.logLikelihood`).
 * @throws {@link ClienteleDomainError} `domain_error` for fits with different `n` or `unit`.
 * @example
 * ```ts
 * import { compareFits } from "clientele/clv";
 * const rows = compareFits({
 *   A: { model: "bg-nbd", params: { r: 1, alpha: 1, a: 1, b: 1 }, unit: "week", logLikelihood: -100, n: 50 },
 *   B: { model: "bg-nbd", params: { r: 1, alpha: 1, a: 1, b: 1 }, unit: "week", logLikelihood: -103, n: 50 },
 * });
 * rows.map((r) => r.deltaAic); // => [0, 6]
 * ```
 * @see {@link likelihoodRatioTest}
 * @category Model checking
 */
export function compareFits(
  fits: Readonly<Record<string, Pick<ModelFit<string, object>, "model" | "params" | "unit" | "logLikelihood" | "n">>>,
): readonly FitComparisonRow[] {
  const fn = "compareFits";
  const names = typeof fits === "object" && fits !== null ? Object.keys(fits) : [];
  if (names.length === 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "too_small",
          path: ["fits"],
          message: "expected a record of at least one fit",
          expected: "non-empty record",
          received: typeof fits === "object" && fits !== null ? "empty record" : describeReceived(fits),
        },
      ],
    });
  }
  const first = fits[names[0]!]!;
  const partial: Omit<FitComparisonRow, "deltaAic" | "deltaBic" | "akaikeWeight">[] = [];
  for (const name of names) {
    const fit = fits[name]!;
    const ll = fit?.logLikelihood;
    const n = fit?.n;
    const params = fit?.params;
    const issues = [];
    if (!(typeof ll === "number" && Number.isFinite(ll))) {
      issues.push({
        code: "invalid_type",
        path: ["fits", name, "logLikelihood"],
        message: `expected finite number, received ${describeReceived(ll)}`,
      });
    }
    if (!(typeof n === "number" && Number.isSafeInteger(n) && n >= 1)) {
      issues.push({
        code: "invalid_type",
        path: ["fits", name, "n"],
        message: `expected integer ≥ 1, received ${describeReceived(n)}`,
      });
    }
    if (typeof params !== "object" || params === null) {
      issues.push({ code: "invalid_type", path: ["fits", name, "params"], message: "expected the parameter record" });
    }
    if (issues.length > 0) throw new ClienteleInputError(`${fn}: invalid input`, { issues });
    if (fit.n !== first.n || fit.unit !== first.unit) {
      const what =
        fit.n !== first.n
          ? `n = ${fit.n} and ${first.n}`
          : `units ${describeReceived(fit.unit)} and ${describeReceived(first.unit)}`;
      throw new ClienteleDomainError(
        "domain_error",
        `${fn}: fits ${names[0]} and ${name} are not on the same data (${what})`,
        {
          issues: [{ code: "domain_error", path: ["fits", name, fit.n !== first.n ? "n" : "unit"], message: what }],
        },
      );
    }
    const k = Object.keys(fit.params).length;
    partial.push({
      name,
      model: fit.model,
      parameters: k,
      n: fit.n,
      logLikelihood: fit.logLikelihood,
      aic: 2 * k - 2 * fit.logLikelihood,
      bic: k * Math.log(fit.n) - 2 * fit.logLikelihood,
    });
  }
  let bestAic = Number.POSITIVE_INFINITY;
  let bestBic = Number.POSITIVE_INFINITY;
  for (const row of partial) {
    bestAic = Math.min(bestAic, row.aic);
    bestBic = Math.min(bestBic, row.bic);
  }
  let total = 0;
  for (const row of partial) total += Math.exp(-(row.aic - bestAic) / 2);
  return partial.map((row) => ({
    ...row,
    deltaAic: row.aic - bestAic,
    deltaBic: row.bic - bestBic,
    akaikeWeight: Math.exp(-(row.aic - bestAic) / 2) / total,
  }));
}
