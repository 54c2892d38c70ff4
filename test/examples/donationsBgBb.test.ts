import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/07-donations-bgbb.ts", () => {
  it("runs and prints the Fader, Hardie & Shang (2010) donations estimates next to the fitted ones (α 1.204, β 0.750, γ 0.657, δ 2.783; LL −33225.6)", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "examples/07-donations-bgbb.ts"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(out).toContain("donors 11104, patterns 22");
    expect(out).toMatch(/alpha +1\.204 +1\.204/);
    expect(out).toMatch(/beta +0\.750 +0\.750/);
    expect(out).toMatch(/gamma +0\.657 +0\.657/);
    expect(out).toMatch(/delta +2\.783 +2\.783/);
    expect(out).toMatch(/logL +-33225\.6 +-33225\.6/);
    expect(out).toMatch(/ {2}6 +6 +6 +0\.9304 +3\.753 +5\.910/);
    // tracking through the generic trackingCurve: 11,104 × E[X(n)] per year
    expect(out).toMatch(/1996 +5536 +5536/);
    expect(out).toMatch(/2006 +2319 +37628/);
    expect(out).toMatch(/actual gifts 1996–2001: 24615 \(expected 24653\)/);
    expect(out).toContain("expected gifts 2002–2006 from the 1995 cohort, given each donor's pattern: 12884");
  });
});
