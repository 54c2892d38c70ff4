import { describe, expect, it } from "vitest";
import { basketAffinities, complementaryProducts, nextComplementaryProduct } from "../../src/accounts/index.ts";
import type { Transaction } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const day = new Date("2024-01-01T00:00:00Z");
const line = (transactionId: string, productId: string): Transaction => ({
  customerId: "c",
  timestamp: day,
  amount: 1,
  transactionId,
  productId,
});
// Baskets {a, b} {a, b} {a, c} {c, d} {d}: N = 5, n(a) = 3, n(b) = 2, n(c) = 2, n(d) = 2.
//   a–b: count 2, conf a → b 2/3, lift 5·2/(3·2) = 5/3
//   a–c: count 1, conf a → c 1/3, lift 5/(3·2) = 5/6 (< 1: not a complement)
//   c–d: count 1, conf c → d 1/2, lift 5/(2·2) = 5/4
const affinities = basketAffinities(
  [
    line("1", "a"),
    line("1", "b"),
    line("2", "a"),
    line("2", "b"),
    line("3", "a"),
    line("3", "c"),
    line("4", "c"),
    line("4", "d"),
    line("5", "d"),
  ],
  { basketBy: "transactionId", minSupport: 0 },
);

describe("nextComplementaryProduct", () => {
  it("offers the product with the highest confidence from an owned one, with its evidence (checked by hand)", () => {
    expect(nextComplementaryProduct(["a"], affinities)).toEqual({
      productId: "b",
      because: "a",
      confidence: 2 / 3,
      lift: 5 / 3,
      support: 0.4,
    });
    // from transactions as well
    expect(nextComplementaryProduct([line("9", "c")], affinities)?.productId).toBe("d");
  });

  it("skips owned products and pairs with lift ≤ minLift; null when nothing qualifies", () => {
    expect(nextComplementaryProduct(["a", "b"], affinities)).toBeNull(); // a–c has lift 5/6
    expect(nextComplementaryProduct(["a", "b"], affinities, { minLift: 0.5 })?.productId).toBe("c");
    expect(nextComplementaryProduct(["a"], affinities, { minConfidence: 0.7 })).toBeNull();
    expect(nextComplementaryProduct([], affinities)).toBeNull();
  });

  it("complementaryProducts lists every offer, best first, each with its best reason", () => {
    expect(complementaryProducts(["a", "c"], affinities).map((o) => [o.productId, o.because, o.confidence])).toEqual([
      ["b", "a", 2 / 3],
      ["d", "c", 0.5],
    ]);
  });

  it("rejects a history entry without a product id, with its path", () => {
    const e = expectClienteleError(
      () => nextComplementaryProduct([{ customerId: "c", timestamp: day, amount: 1 }], affinities),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["history[0].productId"]);
    expect(issuePaths(expectClienteleError(() => complementaryProducts([""], affinities), "invalid_input"))).toEqual([
      "history[0]",
    ]);
    expect(
      issuePaths(
        expectClienteleError(() => nextComplementaryProduct(["a"], affinities, { minLift: -1 }), "invalid_input"),
      ),
    ).toEqual(["options.minLift"]);
  });

  it("rejects affinities whose pairs are not valid, with paths", () => {
    const bad = { ...affinities, pairs: [{ ...affinities.pairs[0]!, lift: Number.NaN }] };
    expect(issuePaths(expectClienteleError(() => nextComplementaryProduct(["a"], bad), "invalid_input"))).toEqual([
      "affinities.pairs[0].lift",
    ]);
    expect(
      issuePaths(expectClienteleError(() => complementaryProducts(["a"], null as never), "invalid_input")),
    ).toEqual(["affinities"]);
  });

  it("does not mutate the history", () => {
    const history = Object.freeze(["a"]);
    expect(() => nextComplementaryProduct(history, affinities)).not.toThrow();
  });
});
