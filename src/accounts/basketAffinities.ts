import * as z from "zod/mini";
import { describeReceived } from "../_lib/describeReceived.ts";
import { collectIssue, createIssueCollector } from "../_lib/issueCollector.ts";
import type { Transaction } from "../customers/TransactionSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { createPairCounter, incrementPair } from "./_internal/PairCounter.ts";

const FN = "basketAffinities";

/**
 * How {@link basketAffinities} groups transaction lines into baskets (market baskets: what was bought
 * together):
 * - `"transactionId"`: lines sharing a `transactionId` are one basket (an order with several lines);
 * - `"customerTimestamp"`: lines of the same customer at the same instant are one basket (a log with one
 *   line per product and no order id).
 *
 * @example
 * ```ts
 * import type { BasketKey } from "clientele/accounts";
 * const key: BasketKey = "transactionId";
 * ```
 * @category Complementary products
 */
export type BasketKey = "transactionId" | "customerTimestamp";

/**
 * Options of {@link basketAffinities}.
 *
 * @example
 * ```ts
 * import type { BasketAffinitiesOptions } from "clientele/accounts";
 * const options: BasketAffinitiesOptions = { basketBy: "transactionId", minSupport: 0.01 };
 * ```
 * @category Complementary products
 */
export interface BasketAffinitiesOptions {
  /** How lines are grouped into baskets (required: the log's shape decides it, not a default). */
  readonly basketBy: BasketKey;
  /**
   * Minimum support, as a share of baskets in [0, 1] (required): an item or a pair is kept when it occurs in
   * at least `max(1, ⌈minSupport × baskets⌉)` baskets. It bounds the memory: pairs are counted only between
   * items that reach it (Apriori pruning), and only the pairs that reach it are returned.
   */
  readonly minSupport: number;
}

/**
 * One frequent product in {@link BasketAffinities}.
 *
 * @example
 * ```ts
 * import type { ItemSupport } from "clientele/accounts";
 * const item: ItemSupport = { productId: "tea", count: 3, support: 0.6 };
 * ```
 * @category Complementary products
 */
export interface ItemSupport {
  /** The product. */
  readonly productId: string;
  /** Baskets containing it. */
  readonly count: number;
  /** `count / baskets`. */
  readonly support: number;
}

/**
 * Two products bought together, with the association measures of Agrawal, Imieliński & Swami (1993)
 * (support, confidence) and Brin et al. (1997) (lift, their "interest").
 *
 * @example
 * ```ts
 * import type { ProductPair } from "clientele/accounts";
 * const p: ProductPair = {
 *   productA: "bread", productB: "butter", count: 2, support: 0.4,
 *   confidenceAToB: 2 / 3, confidenceBToA: 1, lift: 5 / 3,
 * };
 * ```
 * @category Complementary products
 */
export interface ProductPair {
  /** The first product (the smaller id in code-unit order). */
  readonly productA: string;
  /** The second product. */
  readonly productB: string;
  /** Baskets containing both. */
  readonly count: number;
  /** `count / baskets`: P(A and B). */
  readonly support: number;
  /** `count / count(A)`: P(B | A), how often a basket with A also has B. */
  readonly confidenceAToB: number;
  /** `count / count(B)`: P(A | B). */
  readonly confidenceBToA: number;
  /** `support / (support(A) · support(B))`: > 1 when A and B are bought together more often than by chance; symmetric. */
  readonly lift: number;
}

/**
 * What {@link basketAffinities} returns.
 *
 * @example
 * ```ts
 * import { basketAffinities, type BasketAffinities } from "clientele/accounts";
 * const a: BasketAffinities = basketAffinities([], { basketBy: "transactionId", minSupport: 0 });
 * a.baskets; // => 0
 * ```
 * @category Complementary products
 */
export interface BasketAffinities {
  /** Transaction lines read. */
  readonly lines: number;
  /** Baskets formed. */
  readonly baskets: number;
  /** Distinct products seen. */
  readonly products: number;
  /** The `minSupport` asked for. */
  readonly minSupport: number;
  /** The basket count an item or pair needs to be kept: `max(1, ⌈minSupport × baskets⌉)`. */
  readonly minCount: number;
  /** The frequent products (count ≥ `minCount`), most frequent first, then by id. */
  readonly items: readonly ItemSupport[];
  /** The frequent pairs (count ≥ `minCount`), most frequent first, then higher lift, then by ids. */
  readonly pairs: readonly ProductPair[];
  /** How many distinct pairs of frequent items were counted before pruning (the memory the count needed). */
  readonly candidatePairs: number;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  basketBy: /* @__PURE__ */ z.enum(["transactionId", "customerTimestamp"]),
  minSupport: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1)),
});

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Which products are bought together: from transaction lines grouped into baskets, the support of each
 * frequent product and, for each frequent pair, its support, confidence both ways and lift.
 *
 * @remarks
 * - **Measures** (Agrawal, Imieliński & Swami 1993; lift from Brin, Motwani, Ullman & Tsur 1997), with N
 *   baskets and n(X) the baskets containing X: support(A, B) = n(A, B) / N; confidence(A → B) =
 *   n(A, B) / n(A); lift(A, B) = N · n(A, B) / (n(A) · n(B)). A product bought twice in one basket counts
 *   once. Lift is symmetric; a pair's support never exceeds either item's.
 * - **Apriori pruning.** Items are counted first; a pair can only reach `minSupport` if both of its items
 *   do, so pairs are counted only between frequent items, and then pruned to those that reach it. Memory is
 *   O(lines) for the grouping plus one counter per co-occurring pair of frequent items (`candidatePairs`).
 *   With `minSupport: 0` every co-occurring pair is counted.
 * - Lines need a `productId`; with `basketBy: "transactionId"` a `transactionId` too. The lines are
 *   validated `Transaction`s (from `parseTransactions`); only the fields used are checked, and never mutated.
 *
 * @param transactions - Validated transaction lines with `productId`.
 * @param options - `basketBy` and `minSupport` (both required).
 * @returns Frequent items and pairs with their measures.
 * @throws {@link ClienteleInputError} `invalid_input` for bad options, or a line without a `productId` (or
 * without the `transactionId` it is grouped by), at `transactions[i].productId`.
 * @example
 * ```ts
 * import { basketAffinities } from "clientele/accounts";
 * const line = (transactionId: string, productId: string) =>
 *   ({ customerId: "c", timestamp: new Date("2024-01-01"), amount: 1, transactionId, productId });
 * const a = basketAffinities(
 *   [line("1", "bread"), line("1", "butter"), line("2", "bread"), line("2", "butter"), line("3", "bread"),
 *    line("4", "tea"), line("5", "tea")],
 *   { basketBy: "transactionId", minSupport: 0.4 },
 * );
 * a.pairs[0]; // => { productA: "bread", productB: "butter", count: 2, support: 0.4, confidenceAToB: 2/3, confidenceBToA: 1, lift: 5/3 }
 * ```
 * @category Complementary products
 */
export function basketAffinities(
  transactions: readonly Transaction[],
  options: BasketAffinitiesOptions,
): BasketAffinities {
  const { basketBy, minSupport } = parseInput(FN, OptionsSchema, options, ["options"]);
  if (!Array.isArray(transactions)) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["transactions"],
          message: `expected an array of transactions, received ${describeReceived(transactions)}`,
        },
      ],
    });
  }
  const n = transactions.length;
  const lineBasket = new Int32Array(n);
  const lineProduct = new Int32Array(n);
  const products = new Map<string, number>();
  const productIds: string[] = [];
  const basketOf = new Map<string, number>();
  const issues = createIssueCollector();
  const byId = basketBy === "transactionId";
  let lastKey: string | undefined;
  let lastBasket = -1;
  for (let i = 0; i < n; i++) {
    const t = transactions[i] as Partial<Transaction> | undefined;
    const productId = t?.productId;
    let key: string | undefined;
    if (byId) key = t?.transactionId;
    else if (typeof t?.customerId === "string" && t.timestamp instanceof Date && !Number.isNaN(t.timestamp.getTime())) {
      key = `${t.customerId}\u0000${t.timestamp.getTime()}`;
    }
    if (typeof productId !== "string" || productId === "") {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: ["transactions", i, "productId"],
        message: `expected a product id, received ${describeReceived(productId)}`,
      }));
      continue;
    }
    if (typeof key !== "string" || key === "") {
      const field = byId ? "transactionId" : t?.customerId === undefined ? "customerId" : "timestamp";
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: ["transactions", i, field],
        message: byId
          ? `expected a transaction id (baskets are grouped by it), received ${describeReceived(t?.transactionId)}`
          : `expected a customer id and a valid timestamp (baskets are grouped by them), received ${describeReceived((t as Record<string, unknown> | undefined)?.[field])}`,
      }));
      continue;
    }
    let p = products.get(productId);
    if (p === undefined) {
      p = productIds.length;
      products.set(productId, p);
      productIds.push(productId);
    }
    let b = lastBasket;
    if (key !== lastKey) {
      // Lines of one basket are usually adjacent: look the key up only when it changes.
      const found = basketOf.get(key);
      if (found === undefined) {
        b = basketOf.size;
        basketOf.set(key, b);
      } else b = found;
      lastKey = key;
      lastBasket = b;
    }
    lineBasket[i] = b;
    lineProduct[i] = p;
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${FN}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  const P = productIds.length;
  const B = basketOf.size;
  basketOf.clear();
  products.clear();

  // Group the lines by basket (counting sort): start[b] … start[b + 1] in `order`.
  const start = new Int32Array(B + 1);
  for (let i = 0; i < n; i++) start[lineBasket[i]! + 1]!++;
  for (let b = 0; b < B; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, B);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[lineBasket[i]!]!++] = lineProduct[i]!;

  // Pass 1: baskets per item (an item counts once per basket).
  const stamp = new Int32Array(P).fill(-1);
  const itemCount = new Int32Array(P);
  for (let b = 0; b < B; b++) {
    for (let k = start[b]!; k < start[b + 1]!; k++) {
      const p = order[k]!;
      if (stamp[p] !== b) {
        stamp[p] = b;
        itemCount[p]!++;
      }
    }
  }
  const minCount = Math.max(1, Math.ceil(minSupport * B - 1e-9));

  // Pass 2: pairs of frequent items only (Apriori), a < b.
  stamp.fill(-1);
  const counter = createPairCounter();
  const buf: number[] = [];
  for (let b = 0; b < B; b++) {
    buf.length = 0;
    for (let k = start[b]!; k < start[b + 1]!; k++) {
      const p = order[k]!;
      if (itemCount[p]! >= minCount && stamp[p] !== b) {
        stamp[p] = b;
        buf.push(p);
      }
    }
    if (buf.length < 2) continue;
    buf.sort((x, y) => x - y);
    for (let x = 0; x < buf.length - 1; x++) {
      const a = buf[x]!;
      for (let y = x + 1; y < buf.length; y++) incrementPair(counter, a, buf[y]!);
    }
  }

  const items: ItemSupport[] = [];
  for (let p = 0; p < P; p++) {
    const count = itemCount[p]!;
    if (count >= minCount) items.push({ productId: productIds[p]!, count, support: count / B });
  }
  items.sort((x, y) => y.count - x.count || compareIds(x.productId, y.productId));

  const pairs: ProductPair[] = [];
  for (let s = 0; s < counter.first.length; s++) {
    const i = counter.first[s]!;
    const count = counter.count[s]!;
    if (i < 0 || count < minCount) continue;
    const j = counter.second[s]!;
    const ni = itemCount[i]!;
    const nj = itemCount[j]!;
    const swap = compareIds(productIds[i]!, productIds[j]!) > 0;
    const [a, b, na, nb] = swap ? [j, i, nj, ni] : [i, j, ni, nj];
    pairs.push({
      productA: productIds[a]!,
      productB: productIds[b]!,
      count,
      support: count / B,
      confidenceAToB: count / na,
      confidenceBToA: count / nb,
      lift: (count * B) / (na * nb),
    });
  }
  pairs.sort(
    (x, y) =>
      y.count - x.count || y.lift - x.lift || compareIds(x.productA, y.productA) || compareIds(x.productB, y.productB),
  );
  return { lines: n, baskets: B, products: P, minSupport, minCount, items, pairs, candidatePairs: counter.size };
}
