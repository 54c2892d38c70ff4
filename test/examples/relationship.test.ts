import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/17-relationship.ts", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "examples/17-relationship.ts"], {
    cwd: root,
    encoding: "utf8",
  });
  const line = (name: string) => out.match(new RegExp(`\\n${name} +([^\\n]+)`))?.[1];

  it("routes each of the six customers to a different CRM job", () => {
    expect(out).toContain("job: new-customer");
    expect(out).toContain("job: retention");
    expect(out).toContain("job: switching-prevention");
    expect(out).toContain("job: complaint-management");
    expect(out).toContain("job: win-back");
    expect(out).toContain('job: termination (the termination decision is "correct")');
  });

  it("gives the hand-checked figures", () => {
    // nina: 100 − 60 = 40; alex: three purchases in (2023-07-01, 2024-06-30], 3 × 40 = 120
    expect(line("nina")).toBe("stage new, P(alive) 1.000, profit 40.00 USD, decision keep");
    // BG/NBD, x = 2, t_x = 243/7, T = 303/7 weeks: 1 / (1 + 0.793/3.426 · (47.70/39.13)^2.243) = 0.735
    expect(line("alex")).toBe("stage active, P(alive) 0.735, profit 120.00 USD, decision keep");
    // lena: x = 1, t_x = 120/7, T = 546/7 weeks: 1 / (1 + 0.793/2.426 · (82.41/21.56)^1.243) = 0.366; nothing bought in the year
    expect(line("lena")).toBe("stage lapsed, P(alive) 0.366, profit 0.00 USD, decision keep");
    // otto: 120 − 5 staff hours × 40 = −80
    expect(line("otto")).toBe("stage active, P(alive) 0.735, profit -80.00 USD, decision correct");
    expect(out).toContain(
      "escalate the major complaint opened 2024-06-20 to the complaint manager: 10 days open, past the target of 5 days",
    );
    expect(out).toContain("value 200 (revenue to date) ≥ 100");
    // silver: free delivery 6 × 12 + priority line 8 × 4 = 104 a year
    expect(out).toContain(
      "offer the silver package (2 services, 1 special; 1 free): value 300 (revenue over the lookback) ≥ 250; it costs about 104 a year",
    );
  });

  it("sums up the portfolio and ranks by value at risk: 300 × (1 − 0.7348) = 79.56", () => {
    expect(out).toContain("portfolio at 2024-06-30: 6 customers");
    expect(out).toContain(
      "act first: alex (79.56 at risk), carl (79.56 at risk), otto (79.56 at risk), rita (79.56 at risk)",
    );
  });
});
