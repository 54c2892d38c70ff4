import * as z from "zod/mini";
import { checkDistinctIds } from "../_lib/duplicateIds.ts";
import { MAX_DOUBLE } from "../_lib/numberLimits.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { LabelSchema } from "../schema/primitives.ts";
import { checkWeightSum } from "./_internal/checkWeightSum.ts";

/**
 * An account's four attractiveness factors (see {@link accountAttractiveness}).
 *
 * @example
 * ```ts
 * import type { AccountFactors } from "clientele/value";
 * const a: AccountFactors = { accountId: "acme", purchaseVolume: 0.9, growthPotential: 0.6, bargainingPower: 0.8, priceSensitivity: 0.3 };
 * ```
 * @category Account attractiveness
 */
export interface AccountFactors {
  /** The account, unique in the list. */
  readonly accountId: string;
  /** What it buys: a score in [0, 1], or any finite value ≥ 0 with `scale: "min-max"`. Raises attractiveness. */
  readonly purchaseVolume: number;
  /** How much more it could buy. Raises attractiveness. */
  readonly growthPotential: number;
  /** Its power to bargain prices and terms down. Lowers attractiveness. */
  readonly bargainingPower: number;
  /** How much its purchases depend on price. Lowers attractiveness. */
  readonly priceSensitivity: number;
}

/**
 * The weights of the four factors, each in [0, 1], summing to 1.
 *
 * @example
 * ```ts
 * import type { AttractivenessWeights } from "clientele/value";
 * const w: AttractivenessWeights = { purchaseVolume: 0.4, growthPotential: 0.3, bargainingPower: 0.15, priceSensitivity: 0.15 };
 * ```
 * @category Account attractiveness
 */
export interface AttractivenessWeights {
  /** Weight of purchase volume. */
  readonly purchaseVolume: number;
  /** Weight of growth potential. */
  readonly growthPotential: number;
  /** Weight of bargaining power (scored as 1 − power). */
  readonly bargainingPower: number;
  /** Weight of price sensitivity (scored as 1 − sensitivity). */
  readonly priceSensitivity: number;
}

/**
 * Equal weights, 0.25 each: a neutral starting point of this library, not a published figure; set the
 * firm's own.
 *
 * @example
 * ```ts
 * import { defaultAttractivenessWeights } from "clientele/value";
 * defaultAttractivenessWeights.purchaseVolume; // => 0.25
 * ```
 * @category Account attractiveness
 */
export const defaultAttractivenessWeights: AttractivenessWeights = {
  purchaseVolume: 0.25,
  growthPotential: 0.25,
  bargainingPower: 0.25,
  priceSensitivity: 0.25,
};

/**
 * Options of {@link accountAttractiveness}.
 *
 * @example
 * ```ts
 * import type { AccountAttractivenessOptions } from "clientele/value";
 * const o: AccountAttractivenessOptions = { scale: "min-max" };
 * ```
 * @category Account attractiveness
 */
export interface AccountAttractivenessOptions {
  /** Factor weights (default {@link defaultAttractivenessWeights}); they must sum to 1. */
  readonly weights?: AttractivenessWeights | undefined;
  /**
   * `"score"` (default): factors are scores in [0, 1] already; `"min-max"`: raw values ≥ 0, each factor
   * rescaled to [0, 1] over the accounts given (x − min) / (max − min) (0 when all are equal), so scores are
   * relative to this list.
   */
  readonly scale?: "score" | "min-max" | undefined;
}

/**
 * One account's score (see {@link accountAttractiveness}).
 *
 * @example
 * ```ts
 * import type { AccountAttractiveness } from "clientele/value";
 * const a: Pick<AccountAttractiveness, "accountId" | "score" | "rank"> = { accountId: "acme", score: 0.6, rank: 1 };
 * ```
 * @category Account attractiveness
 */
export interface AccountAttractiveness {
  /** The account. */
  readonly accountId: string;
  /** Σ weight × factor score, in [0, 1]. */
  readonly score: number;
  /** 1 for the most attractive; ties share no rank (ordered by id). */
  readonly rank: number;
  /** Each factor's scored value in [0, 1] (power and sensitivity as 1 − value) times its weight. */
  readonly contributions: AttractivenessWeights;
}

const nonNeg = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(MAX_DOUBLE));
const unit = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1));
const WeightsSchema = /* @__PURE__ */ z.strictObject({
  purchaseVolume: unit(),
  growthPotential: unit(),
  bargainingPower: unit(),
  priceSensitivity: unit(),
});
const AccountSchema = /* @__PURE__ */ z.object({
  accountId: LabelSchema,
  purchaseVolume: nonNeg(),
  growthPotential: nonNeg(),
  bargainingPower: nonNeg(),
  priceSensitivity: nonNeg(),
});
const OptionsSchema = /* @__PURE__ */ z.strictObject({
  weights: /* @__PURE__ */ z.optional(WeightsSchema),
  scale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["score", "min-max"])),
});
const FACTORS = ["purchaseVolume", "growthPotential", "bargainingPower", "priceSensitivity"] as const;

/**
 * Account attractiveness from the four factors: purchase volume and growth potential raise it; the
 * account's bargaining power and price sensitivity lower it. A weighted score in [0, 1], ranked.
 *
 * @remarks
 * The factors are those key-account screening weighs besides current profit (Kotler & Keller,
 * *Marketing Management*, key-account management; Porter's buyer power): a large, growing account that
 * cannot squeeze prices and does not switch on price is worth a dedicated relationship. The score is
 * Σ wᵢ·sᵢ with s = volume, growth, 1 − power, 1 − sensitivity; the weights are the firm's (default equal,
 * {@link defaultAttractivenessWeights}) and must sum to 1. Runs in O(n log n).
 *
 * @param accounts - The accounts' factors.
 * @param options - Weights and scale.
 * @returns The accounts, most attractive first, with each factor's contribution.
 * @throws {@link ClienteleInputError} `invalid_input` at `accounts[i]…` for a bad factor (a score outside
 *   [0, 1] under `"score"`) or a repeated id, at `options.weights` when the weights do not sum to 1.
 * @throws {@link ClienteleDomainError} `insufficient_data` for no accounts.
 * @example
 * ```ts
 * import { accountAttractiveness } from "clientele/value";
 * const ranked = accountAttractiveness([
 *   { accountId: "acme", purchaseVolume: 0.9, growthPotential: 0.6, bargainingPower: 0.8, priceSensitivity: 0.3 },
 *   { accountId: "bolt", purchaseVolume: 0.4, growthPotential: 0.9, bargainingPower: 0.2, priceSensitivity: 0.5 },
 * ]);
 * ranked[0]?.accountId; // => "bolt" (0.25 × (0.4 + 0.9 + 0.8 + 0.5) = 0.65)
 * ranked[1]?.score; // => 0.6
 * ```
 * @category Account attractiveness
 */
export function accountAttractiveness(
  accounts: readonly AccountFactors[],
  options?: AccountAttractivenessOptions | undefined,
): readonly AccountAttractiveness[] {
  const fn = "accountAttractiveness";
  const o = parseInput(fn, OptionsSchema, options ?? {}, ["options"]);
  const weights = o.weights ?? defaultAttractivenessWeights;
  checkWeightSum(fn, weights, ["options", "weights"]);
  const list = parseInput(fn, /* @__PURE__ */ z.array(AccountSchema), accounts, ["accounts"]);
  if (list.length === 0) throw new ClienteleDomainError("insufficient_data", `${fn}: no accounts`);
  checkDistinctIds(
    fn,
    list.map((a) => a.accountId),
    (i) => ["accounts", i, "accountId"],
  );
  const scale = o.scale ?? "score";
  const lo: Record<string, number> = {};
  const span: Record<string, number> = {};
  for (const f of FACTORS) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    list.forEach((a, i) => {
      const v = a[f];
      if (scale === "score" && v > 1) {
        throw new ClienteleInputError(`${fn}: invalid input`, {
          issues: [
            {
              code: "too_big",
              path: ["accounts", i, f],
              message: `expected a score in [0, 1] (or options.scale "min-max" for raw values), received ${v}`,
            },
          ],
        });
      }
      if (v < min) min = v;
      if (v > max) max = v;
    });
    lo[f] = scale === "score" ? 0 : min;
    span[f] = scale === "score" ? 1 : max - min;
  }
  const scored = list.map((a) => {
    const s = (f: (typeof FACTORS)[number]) => (span[f]! > 0 ? (a[f] - lo[f]!) / span[f]! : 0);
    const contributions: AttractivenessWeights = {
      purchaseVolume: weights.purchaseVolume * s("purchaseVolume"),
      growthPotential: weights.growthPotential * s("growthPotential"),
      bargainingPower: weights.bargainingPower * (1 - s("bargainingPower")),
      priceSensitivity: weights.priceSensitivity * (1 - s("priceSensitivity")),
    };
    const score =
      contributions.purchaseVolume +
      contributions.growthPotential +
      contributions.bargainingPower +
      contributions.priceSensitivity;
    return { accountId: a.accountId, score, contributions };
  });
  scored.sort((x, y) => y.score - x.score || (x.accountId < y.accountId ? -1 : x.accountId > y.accountId ? 1 : 0));
  return scored.map((s, k) => ({
    accountId: s.accountId,
    score: s.score,
    rank: k + 1,
    contributions: s.contributions,
  }));
}
