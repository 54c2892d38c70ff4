import { describe, expect, it, vi } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { printValueDemo } from "../../examples/_demo/value.ts";
import { groupByCustomer, parseTransactions } from "../../src/customers/index.ts";

describe("examples/_demo/value.ts (the demo's profitability section)", () => {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    lines.push(args.join(" "));
  });
  printValueDemo(groupByCustomer({ transactions: parseTransactions(loadCdnowSample()) }));
  spy.mockRestore();
  const out = lines.join("\n");

  it("states the assumed cost figures, since CDNOW has no costs", () => {
    expect(out).toContain("ASSUMED: 30.0% gross margin and $3 per order; CDNOW records no costs");
  });

  it("totals the profit as 0.3 × $244,091.94 − $3 × 6,919 orders = $52,470.58 (by hand)", () => {
    expect(out).toContain("2,357 customers, total profit $52,470.58");
  });

  it("prints the whale curve's figures and the four tiers, which cover every customer", () => {
    expect(out).toMatch(
      /whale curve: the top 10% earn \d+\.\d% of the profit, the top 20% \d+\.\d%; peak \d+\.\d% at the top/,
    );
    const counts = [...out.matchAll(/(platinum|gold|iron|lead) (\d+) \(/g)].map((m) => Number(m[2]));
    // 5% / 20% / 80% of 2,357 customers, rounded: 118, 471, 1,886 → 118, 353, 1,415, 471
    expect(counts).toEqual([118, 353, 1415, 471]);
  });
});
