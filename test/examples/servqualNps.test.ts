import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/10-servqual-and-nps.ts", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "examples/10-servqual-and-nps.ts"], {
    cwd: root,
    encoding: "utf8",
  });

  it("prints the SERVQUAL gaps checked by hand", () => {
    // Mean expectation 19/3 on every item. Mean perceptions: tangibles 17/3, reliability 5,
    // responsiveness 5, assurance 6, empathy 6 → gaps −2/3, −4/3, −4/3, −1/3, −1/3.
    expect(out).toMatch(/tangibles +-0\.667\n/);
    expect(out).toMatch(/reliability +-1\.333\n/);
    expect(out).toMatch(/responsiveness +-1\.333\n/);
    expect(out).toMatch(/assurance +-0\.333\n/);
    expect(out).toMatch(/empathy +-0\.333\n/);
    // overall (−2 − 4 − 4 − 1 − 1)/3/5 = −0.8; weighted 0.1(−2/3) + 0.3(−4/3) + 0.25(−4/3) + 0.2(−1/3) + 0.15(−1/3)
    // = −0.06667 − 0.4 − 0.33333 − 0.06667 − 0.05 = −0.91667
    expect(out).toContain("overall -0.800, importance-weighted -0.917");
  });

  it("prints the NPS and its adjusted-Wald interval checked by hand", () => {
    // 6 promoters, 3 passives, 3 detractors: 100 × 3/12 = 25. ñ = 15, p̃₊ = 0.45, p̃₋ = 0.25,
    // Var = (0.7 − 0.04)/15 = 0.044, 1.959964 × √0.044 = 0.41113 → 0.2 ∓ 0.41113 → −21.1 … 61.1.
    expect(out).toContain(
      "NPS 25.0 (6 promoters, 3 passives, 3 detractors, n 12); 95% adjusted-wald interval -21.1 … 61.1",
    );
  });

  it("prints NPS and CSAT per quarter in Lisbon time, checked by hand", () => {
    // Q1: 10 and 6 → NPS 0; ñ = 5, p̃± = 0.35, Var = 0.7/5, 1.959964 × 0.374166 = 0.73335 → ±73.3; CSAT 5, 3 → 50 %.
    expect(out).toContain("2024-01-01  n 2  NPS 0.0 [-73.3, 73.3]  CSAT top-2-box 50.0%");
    // Q2 (with ana's 2024-03-31T23:30Z, April 1st in Lisbon): 9, 8, 3 → NPS 0; ñ = 6, p̃± = 1.75/6,
    // Var = (3.5/6)/6 = 0.097222, 1.959964 × 0.311805 = 0.61113 → ±61.1; CSAT 5, 4, 2 → 66.7 %.
    expect(out).toContain("2024-04-01  n 3  NPS 0.0 [-61.1, 61.1]  CSAT top-2-box 66.7%");
  });
});
