import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/09-satisfaction-chain.ts", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "examples/09-satisfaction-chain.ts"], {
    cwd: root,
    encoding: "utf8",
  });

  it("walks anna's chain as worked by hand (scale 1–7, span 6)", () => {
    // desires (1 + 3/6 + 5/6) / 3 = 7/9; expectations (5/6 + 3/6 + 4/6) / 3 = 2/3; performance 11/18
    expect(out).toMatch(/desires +0\.778 +measured/);
    expect(out).toMatch(/expectations +0\.667 +measured/);
    expect(out).toMatch(/perceivedPerformance +0\.611 +measured/);
    // desires congruency 11/18 − 14/18 = −1/6; expectations congruency 11/18 − 12/18 = −1/18
    expect(out).toMatch(/desiresCongruency +-0\.167 +defined/);
    expect(out).toMatch(/expectationsCongruency +-0\.056 +defined/);
    // information items 3, 4 → −1/3, 0 → measured −1/6; overall = ½(−1/6) + ½(−1/6) = −1/6
    expect(out).toMatch(/informationSatisfaction +-0\.167 +measured/);
    expect(out).toMatch(/overallSatisfaction +-0\.167 +model/);
    expect(out).toContain(
      "the largest shortfall is attribute 'delivery speed', where performance fell short of desires by 4 scale points",
    );
  });

  it("computes disconfirmation as worked by hand", () => {
    // P − E: 3 − 6, 5 − 4, 6 − 5 → −3, 1, 1 (mean −1/3); P / E: 0.5, 1.25, 1.2 (mean 2.95/3)
    expect(out).toMatch(/delivery speed +P − E -3 +P \/ E 0\.500/);
    expect(out).toMatch(/price +P − E 1 +P \/ E 1\.250/);
    expect(out).toContain("mean P − E -0.333, mean P / E 0.983");
  });

  it("recovers the simulated overall path within 0.02 of the truth", () => {
    expect(out).toContain("20,000 respondents simulated from known paths (seed 20261207, 0 answers clipped)");
    const line = out.split("\n").find((l) => l.trimStart().startsWith("overallSatisfaction") && l.includes("R²"))!;
    const estimate = (name: string) => Number(new RegExp(`${name} (-?[\\d.]+)`).exec(line)![1]);
    expect(Math.abs(estimate("attributeSatisfaction") - 0.7)).toBeLessThan(0.02);
    expect(Math.abs(estimate("informationSatisfaction") - 0.25)).toBeLessThan(0.02);
  });
});
