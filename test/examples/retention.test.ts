import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/12-retention.ts", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "examples/12-retention.ts"], {
    cwd: root,
    encoding: "utf8",
  });

  it("assesses the three customers as checked by hand", () => {
    // ana: gaps 30, 30, 30 days; Mar 31 → Jun 30 is 91 days = 3.03 × 30; an offer 20 days ago. 1 + 1 = 2: medium.
    expect(out).toContain("ana   medium score 2");
    expect(out).toContain("91 days since the last purchase, 3.03× the customer's median gap of 30 days");
    // ben: windows (2023-12-30, 2024-06-30] and (2023-06-30, 2023-12-30]: spend 30 vs 200 (drop 0.85), count 1 vs 4
    // (drop 0.75); an open complaint (correct, 2) → 2 + 1 + 1 = 4: high.
    expect(out).toContain("ben   high   score 4");
    expect(out).toContain("spent 30 in the last 6 months against 200 in the 6 before (a drop of 0.85");
    expect(out).toContain("unresolved after 29 days");
    // cleo: CSAT 3 after 5 is 2 points down; her rhythm (14 days, 6 since) is fine: medium.
    expect(out).toContain("cleo  medium score 1");
    // The shop's config: gap rule relaxed to 4× (3.03 no longer fires), its own rule fires (160 spent, 91 > 60 days).
    expect(out).toContain("ana with the shop's config: medium, rules fired: competitor-offer, shop/big-spender-quiet");
  });

  it("prints the cohort table, survival and lifetime checked by hand", () => {
    // Jan: 10 joined, 4 did not renew into Feb, 2 more not into Mar → 10, 6, 4. Feb: 3 not into Mar → 10, 7.
    expect(out).toContain("2024-01-01  size 10  active 10 → 6 → 4");
    expect(out).toContain("2024-02-01  size 10  active 10 → 7");
    // Month 1 pools both cohorts: (6 + 7) / (10 + 10) = 0.65; month 2 only Jan: 4/6 = 0.667; S = 0.65 · 0.667 = 0.433.
    expect(out).toContain("month 1: 2 cohort(s), retention 0.650, churn 0.350, survival 0.650");
    expect(out).toContain("month 2: 1 cohort(s), retention 0.667, churn 0.333, survival 0.433");
    // Restricted mean: 1 + 0.65 + 0.4333 = 2.083 months over 3.
    expect(out).toContain("average lifetime 2.083 months (restricted mean over 3 months)");
  });

  it("prints the Kaplan–Meier steps and the sBG fit checked by hand", () => {
    // Feb 10 → Mar 1 = 20 days (3 churn of 20); Jan 10 → Feb 1 = 22 days (4 of 17); Jan 10 → Mar 1 = 51 days
    // (2 of 6: the 7 Feb survivors were censored at 50 days).
    expect(out).toContain("day 20: at risk 20, churned 3, S 0.8500");
    expect(out).toContain("day 22: at risk 17, churned 4, S 0.6500");
    expect(out).toContain("day 51: at risk 6, churned 2, S 0.4333");
    // The sBG meets both pooled rates exactly: β/(α+β) = 13/20 and (β+1)/(α+β+1) = 14/21 give α = 7, β = 13.
    expect(out).toContain("sBG fitted to the cohorts: α 7.000, β 13.000 (unit month)");
  });
});
