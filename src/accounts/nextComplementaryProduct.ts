import * as z from "zod/mini";
import { describeReceived } from "../_lib/describeReceived.ts";
import type { Transaction } from "../customers/TransactionSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { readBasketAffinityPairs } from "./_internal/readBasketAffinities.ts";
import type { BasketAffinities, ProductPair } from "./basketAffinities.ts";

const FN = "nextComplementaryProduct";

/**
 * Options of {@link nextComplementaryProduct} and {@link complementaryProducts}.
 *
 * @example
 * ```ts
 * import type { ComplementaryProductOptions } from "clientele/accounts";
 * const options: ComplementaryProductOptions = { minLift: 1.2, minConfidence: 0.1 };
 * ```
 * @category Complementary products
 */
export interface ComplementaryProductOptions {
  /** Only pairs with a lift strictly above this are complements; default 1 (bought together more than by chance). */
  readonly minLift?: number | undefined;
  /** Only pairs whose confidence (owned → offered) is at least this count; default 0. */
  readonly minConfidence?: number | undefined;
}

/**
 * A product to offer a customer, with the evidence: the product the customer already owns that it
 * complements best, and the pair's measures.
 *
 * @example
 * ```ts
 * import type { ComplementaryOffer } from "clientele/accounts";
 * const offer: ComplementaryOffer = { productId: "butter", because: "bread", confidence: 2 / 3, lift: 5 / 3, support: 0.4 };
 * ```
 * @category Complementary products
 */
export interface ComplementaryOffer {
  /** The product to offer (one the customer has not bought). */
  readonly productId: string;
  /** The owned product it complements best. */
  readonly because: string;
  /** P(offered | owned) from the baskets. */
  readonly confidence: number;
  /** The pair's lift. */
  readonly lift: number;
  /** The pair's support. */
  readonly support: number;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  minLift: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0))),
  minConfidence: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1)),
  ),
});

function ownedProducts(fn: string, history: readonly (string | Transaction)[]): Set<string> {
  if (!Array.isArray(history)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["history"],
          message: `expected product ids or transactions, received ${describeReceived(history)}`,
        },
      ],
    });
  }
  const owned = new Set<string>();
  for (let i = 0; i < history.length; i++) {
    const h = history[i];
    const id = typeof h === "string" ? h : (h as Partial<Transaction> | undefined)?.productId;
    if (typeof id !== "string" || id === "") {
      throw new ClienteleInputError(`${fn}: invalid input`, {
        issues: [
          {
            code: "invalid_type",
            path: typeof h === "object" && h !== null ? ["history", i, "productId"] : ["history", i],
            message: `expected a product id, received ${describeReceived(id ?? h)}`,
          },
        ],
      });
    }
    owned.add(id);
  }
  return owned;
}

/**
 * Every product that complements what a customer has bought, best first: for each product not yet owned,
 * its strongest pair with an owned product (highest confidence owned → offered; ties: higher lift, then
 * ids), keeping pairs with lift above `minLift` and confidence at least `minConfidence`.
 *
 * @remarks O(pairs) per call: it scans `affinities.pairs` once. The history is never mutated.
 *
 * @param history - The customer's product ids, or their transactions (each with a `productId`).
 * @param affinities - From {@link basketAffinities}.
 * @param options - `minLift` (default 1, exclusive), `minConfidence` (default 0).
 * @returns The offers, best first (empty when nothing qualifies).
 * @throws {@link ClienteleInputError} `invalid_input` for a history entry without a product id, at
 * `history[i]` or `history[i].productId`, bad options, or `affinities` whose pairs are not valid
 * (`affinities.pairs[i].…`).
 * @example
 * ```ts
 * import { basketAffinities, complementaryProducts } from "clientele/accounts";
 * const line = (transactionId: string, productId: string) =>
 *   ({ customerId: "c", timestamp: new Date("2024-01-01"), amount: 1, transactionId, productId });
 * const a = basketAffinities(
 *   [line("1", "a"), line("1", "b"), line("2", "a"), line("2", "c"), line("3", "d")],
 *   { basketBy: "transactionId", minSupport: 0 },
 * );
 * complementaryProducts(["a"], a).map((o) => o.productId); // => ["b", "c"]
 * ```
 * @category Complementary products
 */
export function complementaryProducts(
  history: readonly (string | Transaction)[],
  affinities: BasketAffinities,
  options?: ComplementaryProductOptions | undefined,
): readonly ComplementaryOffer[] {
  const fn = "complementaryProducts";
  return offersUnchecked(ownedProducts(fn, history), readBasketAffinityPairs(fn, affinities), readOptions(fn, options));
}

function readOptions(
  fn: string,
  options: ComplementaryProductOptions | undefined,
): { minLift: number; minConfidence: number } {
  const o = parseInput(fn, OptionsSchema, options ?? {}, ["options"]);
  return { minLift: o.minLift ?? 1, minConfidence: o.minConfidence ?? 0 };
}

function offersUnchecked(
  owned: ReadonlySet<string>,
  pairs: readonly ProductPair[],
  { minLift, minConfidence }: { minLift: number; minConfidence: number },
): ComplementaryOffer[] {
  const best = new Map<string, ComplementaryOffer>();
  const consider = (pair: ProductPair, from: string, to: string, confidence: number): void => {
    if (!owned.has(from) || owned.has(to) || pair.lift <= minLift || confidence < minConfidence) return;
    const offer: ComplementaryOffer = {
      productId: to,
      because: from,
      confidence,
      lift: pair.lift,
      support: pair.support,
    };
    const current = best.get(to);
    if (current === undefined || better(offer, current)) best.set(to, offer);
  };
  for (const pair of pairs) {
    consider(pair, pair.productA, pair.productB, pair.confidenceAToB);
    consider(pair, pair.productB, pair.productA, pair.confidenceBToA);
  }
  return [...best.values()].sort((x, y) => (better(x, y) ? -1 : better(y, x) ? 1 : 0));
}

function better(x: ComplementaryOffer, y: ComplementaryOffer): boolean {
  if (x.confidence !== y.confidence) return x.confidence > y.confidence;
  if (x.lift !== y.lift) return x.lift > y.lift;
  if (x.productId !== y.productId) return x.productId < y.productId;
  return x.because < y.because;
}

/**
 * The next complementary product to offer a customer: the first of {@link complementaryProducts}, or `null`
 * when no product not yet owned is a complement (lift above `minLift`) of one the customer owns.
 *
 * @param history - The customer's product ids, or their transactions (each with a `productId`).
 * @param affinities - From {@link basketAffinities}.
 * @param options - `minLift` (default 1, exclusive), `minConfidence` (default 0).
 * @returns The offer with its evidence, or `null`.
 * @throws {@link ClienteleInputError} `invalid_input` as {@link complementaryProducts}.
 * @example
 * ```ts
 * import { basketAffinities, nextComplementaryProduct } from "clientele/accounts";
 * const line = (transactionId: string, productId: string) =>
 *   ({ customerId: "c", timestamp: new Date("2024-01-01"), amount: 1, transactionId, productId });
 * const a = basketAffinities(
 *   [line("1", "bread"), line("1", "butter"), line("2", "bread"), line("2", "butter"), line("3", "bread"),
 *    line("4", "tea"), line("5", "tea")],
 *   { basketBy: "transactionId", minSupport: 0 },
 * );
 * nextComplementaryProduct(["bread"], a)?.productId; // => "butter"
 * nextComplementaryProduct(["tea"], a); // => null
 * ```
 * @category Complementary products
 */
export function nextComplementaryProduct(
  history: readonly (string | Transaction)[],
  affinities: BasketAffinities,
  options?: ComplementaryProductOptions | undefined,
): ComplementaryOffer | null {
  return (
    offersUnchecked(ownedProducts(FN, history), readBasketAffinityPairs(FN, affinities), readOptions(FN, options))[0] ??
    null
  );
}
