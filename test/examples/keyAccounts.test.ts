import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/16-key-accounts.ts", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "examples/16-key-accounts.ts"], {
    cwd: root,
    encoding: "utf8",
  });

  it("screens the five key accounts checked by hand", () => {
    // profit spans −10,000…150,000 (160,000), growth −0.05…0.45 (0.5); weights 0.5 / 0.3 / 0.2:
    // c03: 0.5 · 70/160 + 0.3 · 0.45/0.5 + 0.2 · 0.8 = 0.21875 + 0.27 + 0.16 = 0.64875
    expect(out).toContain("1. c03  score 0.6488  KEY");
    // c02: 0.3125 + 0.15 + 0.18 = 0.6425; c01: 0.40625 + 0.06 + 0.12 = 0.58625; c04: 0.5 + 0 + 0.08 = 0.58
    expect(out).toContain("2. c02  score 0.6425  KEY");
    expect(out).toContain("3. c01  score 0.5862  KEY");
    expect(out).toContain("4. c04  score 0.5800  KEY");
    // c10: 0.34375 + 0.12 + 0.1 = 0.56375 is the cut-off; c12: 0.25 + 0.18 + 0.12 = 0.55 just misses it
    expect(out).toContain("5. c10  score 0.5637  KEY");
    expect(out).toContain(
      "6. c12  score 0.5500       out: rank 6 of 12 with score 0.55, below the cut-off 0.5637 of the top 5",
    );
    // c07 scores 0 + 0.3 + 0.18 = 0.48 but makes a loss
    expect(out).toContain("12. c07  score 0.4800       out: profit -10000 is below the floor 0");
  });

  it("keeps managers within capacity and the reassignment in the history", () => {
    expect(out).toContain('refused: assignKeyAccount: manager "ana" is at capacity (4 of 4 accounts)');
    expect(out).toContain("ana: c01, c02, c03, c10 (4 of 4)");
    expect(out).toContain("ben: c04 (1 of 2)");
    expect(out).toContain(
      'history: 6 changes; last: {"date":"2025-04-01","accountId":"c10","from":"ben","to":"ana","reason":"ana covers the region"}',
    );
  });

  it("reviews the plan at mid-year (days late and budget by hand)", () => {
    expect(out).toContain("2 done, 1 overdue, 1 upcoming of 4 (2 late)");
    expect(out).toContain("m1 due 2025-03-31: done, 3 days late"); // 31 March → 3 April
    expect(out).toContain("m2 due 2025-06-15: overdue, 15 days late"); // 15 → 30 June
    expect(out).toContain("budget: spent 4000 of 10000 (40%), unallocated 300"); // 2,500 + 1,200 + 300
    expect(out).toContain("o1: spent 2500 of 6000");
    expect(out).toContain("markets without an objective: referral, recruitment, influence");
  });

  it("explains the health alerts: revenue −25 %, complaints 0 → 3; satisfaction −0.3 stays under its threshold", () => {
    expect(out).toContain(
      "revenue fell by 25% from 200000 to 150000 between 2025-01-01 and 2025-04-01 (threshold: a drop of 20%)",
    );
    expect(out).toContain(
      "complaints rose by 3 from 0 to 3 between 2025-01-01 and 2025-04-01 (threshold: a rise of 2)",
    );
    expect(out).not.toContain("satisfaction fell");
  });

  it("finds the complementary products of the eight orders by hand", () => {
    // boxes in 5 orders, tape in 3, both in 3: support 3/8, confidence 3/5 and 3/3, lift 8 · 3 / (5 · 3) = 1.6
    expect(out).toContain("boxes + tape: support 0.375, confidence 0.600 / 1.000, lift 1.600");
    // pallets 2, wrap 3, both 2: support 2/8, confidence 2/2 and 2/3, lift 8 · 2 / (2 · 3) = 2.667
    expect(out).toContain("pallets + wrap: support 0.250, confidence 1.000 / 0.667, lift 2.667");
    expect(out).toContain("next for Acme Foods (buys boxes): tape (because boxes, confidence 0.600, lift 1.600)");
  });
});
