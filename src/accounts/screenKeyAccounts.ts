import * as z from "zod/mini";
import { checkDistinctIds } from "../_lib/duplicateIds.ts";
import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { parseRows } from "../schema/parseRows.ts";
import {
  type KeyAccountCandidate,
  type KeyAccountCandidateInput,
  KeyAccountCandidateSchema,
} from "./KeyAccountCandidateSchema.ts";
import {
  defaultScreeningWeights,
  type ScreeningFactor,
  type ScreeningWeights,
  ScreeningWeightsSchema,
  screeningFactors,
} from "./ScreeningWeights.ts";

const FN = "screenKeyAccounts";

/**
 * Options of {@link screenKeyAccounts}.
 *
 * @example
 * ```ts
 * import type { ScreenKeyAccountsOptions } from "clientele/accounts";
 * const options: ScreenKeyAccountsOptions = { top: 5, weights: { profitability: 0.6, growth: 0.4, strategicFit: 0 } };
 * ```
 * @category Key accounts
 */
export interface ScreenKeyAccountsOptions {
  /** How many key accounts to pick: an integer ≥ 1; default 10 (the literature's 5–10 a firm can manage closely). */
  readonly top?: number | undefined;
  /** Factor weights, each ≥ 0 and summing to 1; default {@link defaultScreeningWeights}. */
  readonly weights?: ScreeningWeights | undefined;
  /** Accounts whose profit is below this are not eligible, whatever their prospects; default: no floor. */
  readonly minProfit?: number | undefined;
}

/**
 * One factor of an account's score in {@link screenKeyAccounts}.
 *
 * @example
 * ```ts
 * import type { ScreeningFactorScore } from "clientele/accounts";
 * const f: ScreeningFactorScore = { value: 0.2, normalised: 1, weight: 0.3, contribution: 0.3, rank: 1 };
 * ```
 * @category Key accounts
 */
export interface ScreeningFactorScore {
  /** The account's raw value (profit, growth rate or strategic fit). */
  readonly value: number;
  /** The value rescaled to [0, 1] over all candidates: (value − min) / (max − min); 1 when all candidates are equal. Strategic fit is used as given. */
  readonly normalised: number;
  /** The factor's weight. */
  readonly weight: number;
  /** `weight × normalised`: the factor's share of the score. */
  readonly contribution: number;
  /** The account's rank on this factor alone among all candidates (1 = best; equal values share a rank). */
  readonly rank: number;
}

/**
 * One account as {@link screenKeyAccounts} ranked it, with the reasons it is in or out.
 *
 * @example
 * ```ts
 * import { screenKeyAccounts, type ScreenedAccount } from "clientele/accounts";
 * const [first]: readonly ScreenedAccount[] = screenKeyAccounts(
 *   [{ customerId: "a", profit: 10, growth: 0, strategicFit: 1 }], { top: 1 },
 * ).ranking;
 * first?.selected; // => true
 * ```
 * @category Key accounts
 */
export interface ScreenedAccount {
  /** The customer's id. */
  readonly customerId: string;
  /** Its display name, when given. */
  readonly name?: string | undefined;
  /** The weighted score in [0, 1]: Σ weight × normalised factor. */
  readonly score: number;
  /** Position in the ranking, 1-based (eligible accounts first, then by score, profit, id). */
  readonly rank: number;
  /** Whether the account passed `minProfit` (always `true` without one). */
  readonly eligible: boolean;
  /** Whether it is one of the `top` key accounts. */
  readonly selected: boolean;
  /** Each factor's value, normalised value, weight, contribution and rank. */
  readonly factors: Readonly<Record<ScreeningFactor, ScreeningFactorScore>>;
  /** The factor with the largest contribution (ties: the order of {@link screeningFactors}). */
  readonly strongestFactor: ScreeningFactor;
  /** Among factors with a weight > 0, the one that earned the smallest share of its weight. */
  readonly weakestFactor: ScreeningFactor;
  /** Sentences saying why it is in or out: the cut-off, the strongest and the weakest factor, a failed floor. */
  readonly reasons: readonly string[];
}

/**
 * What {@link screenKeyAccounts} returns.
 *
 * @example
 * ```ts
 * import { screenKeyAccounts, type KeyAccountScreening } from "clientele/accounts";
 * const s: KeyAccountScreening = screenKeyAccounts([{ customerId: "a", profit: 1, growth: 0, strategicFit: 0 }]);
 * s.keyAccounts.length; // => 1
 * ```
 * @category Key accounts
 */
export interface KeyAccountScreening {
  /** The selected key accounts, best first (at most `top`). */
  readonly keyAccounts: readonly ScreenedAccount[];
  /** Every candidate, in rank order. */
  readonly ranking: readonly ScreenedAccount[];
  /** The score of the last selected account (`null` when none was selected). */
  readonly cutOffScore: number | null;
  /** The `top` used. */
  readonly top: number;
  /** The weights used. */
  readonly weights: ScreeningWeights;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  top: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1))),
  weights: /* @__PURE__ */ z.optional(ScreeningWeightsSchema),
  minProfit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number()),
});

function factorValue(c: KeyAccountCandidate, f: ScreeningFactor): number {
  return f === "profitability" ? c.profit : f === "growth" ? c.growth : c.strategicFit;
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(4)));
}

const LABEL: Record<ScreeningFactor, string> = {
  profitability: "profit",
  growth: "growth",
  strategicFit: "strategic fit",
};

/**
 * Picks the few customers that deserve a dedicated relationship manager: ranks every candidate by a weighted
 * score of current profitability and future prospects (growth, strategic fit), selects the `top`, and says
 * for each account which factors put it in or kept it out.
 *
 * @remarks
 * - **Score.** Profit and growth are rescaled over the candidates, `(x − min) / (max − min)` (1 for all when
 *   every candidate has the same value), strategic fit is already in [0, 1]; the score is
 *   `w_profit · profit′ + w_growth · growth′ + w_fit · fit`, in [0, 1]. Rescaling makes the weights
 *   comparable across units (money, rates, a rating); it also means a score is relative to the candidate
 *   set, not an absolute grade.
 * - **Order** (deterministic, and the same for any order of the input): eligible before ineligible, then
 *   higher score, then higher profit, then `customerId` (code-unit order).
 * - **Eligibility.** With `minProfit`, an account below it is never selected, whatever its prospects.
 * - Never mutates its input. O(n log n).
 *
 * @param candidates - The customers to screen, each with profit, growth and strategic fit; ids distinct.
 * @param options - `top` (default 10), `weights` (default {@link defaultScreeningWeights}), `minProfit`.
 * @returns The key accounts, the full ranking with reasons, the cut-off score.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad candidate (path `candidates[i].field`), a
 * repeated id, a `top` that is not an integer ≥ 1, or weights that are negative or do not sum to 1 (path
 * `options.weights`).
 * @throws {@link ClienteleDomainError} `insufficient_data` when there is no candidate.
 * @example
 * ```ts
 * import { screenKeyAccounts } from "clientele/accounts";
 * const s = screenKeyAccounts(
 *   [
 *     { customerId: "a", profit: 100, growth: 0.1, strategicFit: 0.5 },
 *     { customerId: "b", profit: 50, growth: 0.3, strategicFit: 1 },
 *     { customerId: "c", profit: 0, growth: 0.2, strategicFit: 0 },
 *   ],
 *   { top: 2 },
 * );
 * s.keyAccounts.map((a) => a.customerId); // => ["b", "a"]
 * s.ranking[0]?.score; // => 0.75 (= 0.5 · 0.5 + 0.3 · 1 + 0.2 · 1)
 * ```
 * @category Key accounts
 */
export function screenKeyAccounts(
  candidates: readonly KeyAccountCandidateInput[],
  options?: ScreenKeyAccountsOptions | undefined,
): KeyAccountScreening {
  const list = parseRows(FN, KeyAccountCandidateSchema, candidates, { path: ["candidates"] });
  const opts = parseInput(FN, OptionsSchema, options ?? {}, ["options"]);
  checkDistinctIds(
    FN,
    list.map((c) => c.customerId),
    (i) => ["candidates", i, "customerId"],
  );
  if (list.length === 0) {
    throw new ClienteleDomainError("insufficient_data", `${FN}: no candidate to screen`, {
      issues: [{ code: "too_small", path: ["candidates"], message: "expected at least 1 candidate, received 0" }],
    });
  }
  const top = opts.top ?? 10;
  const weights = opts.weights ?? defaultScreeningWeights;
  const minProfit = opts.minProfit;
  const n = list.length;

  const stats = {} as Record<ScreeningFactor, { min: number; max: number; sorted: number[] }>;
  for (const f of screeningFactors) {
    const values = list.map((c) => factorValue(c, f));
    const sorted = values.slice().sort((a, b) => b - a);
    stats[f] = { min: sorted[n - 1]!, max: sorted[0]!, sorted };
  }
  const rankOf = (f: ScreeningFactor, v: number): number => {
    const s = stats[f].sorted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid]! > v) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };

  const scored = list.map((c) => {
    const factors = {} as Record<ScreeningFactor, ScreeningFactorScore>;
    let score = 0;
    for (const f of screeningFactors) {
      const value = factorValue(c, f);
      const { min, max } = stats[f];
      const normalised = f === "strategicFit" ? value : max === min ? 1 : (value - min) / (max - min);
      const contribution = weights[f] * normalised;
      score += contribution;
      factors[f] = { value, normalised, weight: weights[f], contribution, rank: rankOf(f, value) };
    }
    return { c, factors, score, eligible: minProfit === undefined || c.profit >= minProfit };
  });
  scored.sort(
    (x, y) =>
      Number(y.eligible) - Number(x.eligible) ||
      y.score - x.score ||
      y.c.profit - x.c.profit ||
      (x.c.customerId < y.c.customerId ? -1 : x.c.customerId > y.c.customerId ? 1 : 0),
  );
  let selectedCount = 0;
  for (let i = 0; i < n && i < top; i++) if (scored[i]!.eligible) selectedCount++;
  const cutOffScore = selectedCount === 0 ? null : scored[selectedCount - 1]!.score;

  const ranking = scored.map((s, i): ScreenedAccount => {
    const rank = i + 1;
    const selected = s.eligible && rank <= top;
    let strongestFactor: ScreeningFactor = screeningFactors[0];
    let weakestFactor: ScreeningFactor | undefined;
    for (const f of screeningFactors) {
      if (s.factors[f].contribution > s.factors[strongestFactor].contribution) strongestFactor = f;
      if (
        weights[f] > 0 &&
        (weakestFactor === undefined || s.factors[f].normalised < s.factors[weakestFactor].normalised)
      ) {
        weakestFactor = f;
      }
    }
    const weakest = weakestFactor ?? strongestFactor;
    const reasons: string[] = [];
    const scoreText = fmt(s.score);
    if (!s.eligible) {
      reasons.push(`out: profit ${fmt(s.c.profit)} is below the floor ${fmt(minProfit!)}`);
    } else if (selected) {
      reasons.push(`in: rank ${rank} of ${n} with score ${scoreText}, within the top ${top}`);
    } else {
      reasons.push(
        `out: rank ${rank} of ${n} with score ${scoreText}, below the cut-off ${fmt(cutOffScore ?? 0)} of the top ${top}`,
      );
    }
    const describe = (f: ScreeningFactor): string =>
      `${LABEL[f]} ${fmt(s.factors[f].value)} (rank ${s.factors[f].rank} of ${n}) earns ${fmt(s.factors[f].contribution)} of its weight ${fmt(weights[f])}`;
    reasons.push(`strongest: ${describe(strongestFactor)}`);
    if (weakest !== strongestFactor) reasons.push(`weakest: ${describe(weakest)}`);
    const out: ScreenedAccount = {
      customerId: s.c.customerId,
      score: s.score,
      rank,
      eligible: s.eligible,
      selected,
      factors: s.factors,
      strongestFactor,
      weakestFactor: weakest,
      reasons,
    };
    return s.c.name === undefined ? out : { ...out, name: s.c.name };
  });
  return { keyAccounts: ranking.slice(0, selectedCount), ranking, cutOffScore, top, weights };
}
