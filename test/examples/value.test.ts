import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/15-value.ts", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "examples/15-value.ts"], {
    cwd: root,
    encoding: "utf8",
  });

  it("ranks the offers by delivered value and names the deciding component (by hand)", () => {
    // ours 900 − 600 = 300; rival 880 − 600 = 280; service +70 alone exceeds the gap of 20.
    expect(out).toContain("1. ours   value 900 − cost 600 = 300 (ratio 1.500)");
    expect(out).toContain("2. rival  value 880 − cost 600 = 280 (ratio 1.467)");
    expect(out).toContain("ours against rival: gap 20, decided by service (+70)");
  });

  it("prices each customer's activities and profit (by hand)", () => {
    // anna: 2,100 − 1,220 − (2 × 5 + 2% × 2,100) = 828
    expect(out).toMatch(/anna +revenue +€2,100\.00 +product +€1,220\.00 +to serve +€52\.00 +profit +€828\.00/);
    // ben: product 240 + 350 × 0.6 (missing cost at a 40% margin) = 450; to serve 2 × 12 + 15 + 8 = 47
    expect(out).toMatch(/ben +revenue +€750\.00 +product +€450\.00 +to serve +€47\.00 +profit +€253\.00/);
    // dora: to serve 2 × 12 + 11.60 + 8 returns × 25 + 3 calls × 8 = 259.60
    expect(out).toMatch(/dora +revenue +€580\.00 +product +€350\.00 +to serve +€259\.60 +profit +−€29\.60/);
  });

  it("draws the whale curve and the pyramid (by hand)", () => {
    // total 828 + 253 − 13 − 29.60 − 6.20 = 1,032.20; peak (828 + 253) / 1,032.20 = 104.7%
    expect(out).toContain("whale curve: total profit €1,032.20");
    expect(out).toContain(
      "peak 104.7% of total profit from the top 40.0% of customers; 3 unprofitable customers destroy €48.80",
    );
    expect(out).toContain("20.0% → 80.2%, 40.0% → 104.7%, 60.0% → 104.1%, 80.0% → 102.9%, 100.0% → 100.0%");
    expect(out).toContain("platinum 1, gold 1, iron 0, lead 3");
  });

  it("walks Kotler's retention steps (by hand)", () => {
    expect(out).toContain("1. retention rate 80.0%: 1000 defectors of 5000");
    expect(out).toContain("3. profit lost €1,200,000.00 (€720,000.00 manageable)");
    expect(out).toContain("4. service training: cost €150,000.00 saves €240,000.00 → worth it");
    expect(out).toContain("4. loyalty gifts: cost €300,000.00 saves €120,000.00 → not worth it");
    expect(out).toContain("5. spend on: service training (net €90,000.00)");
  });

  it("fills and drains the leaky bucket to N* = A / (1 − r) (by hand)", () => {
    // 10,000 → 8,000 + 1,500 → 7,600 + 1,500 → 7,280 + 1,500
    expect(out).toContain("base by year: 10000 → 9500 → 9100 → 8780");
    expect(out).toContain("steady state 7500 = 1,500 / (1 − 0.8); 2000 new customers a year would hold 10,000 flat");
    // CLV 100 × 0.8 / 0.3 = 266.67; at 81%: 100 × 0.81 / 0.29 = 279.31
    expect(out).toContain("margin multiple 2.667: CLV €266.67 → €279.31 at 81%");
    expect(out).toContain("retention is cheaper (break-even success rate 20.0%)");
  });
});
