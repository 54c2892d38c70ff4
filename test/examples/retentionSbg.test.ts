import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/06-retention-sbg.ts", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "examples/06-retention-sbg.ts"], {
    cwd: root,
    encoding: "utf8",
  });

  it("prints the fits of both cohorts of Fader & Hardie (2007) Table 1 (α 0.704, β 1.182; α 0.668, β 3.806)", () => {
    expect(out).toContain("regular       0.704    1.182  -1680.27");
    expect(out).toContain("high end      0.668    3.806  -1611.16");
  });

  it("prints the projected against the actual survival for years 8 and 12", () => {
    expect(out).toMatch(/ {3}8 +22\.0% +22\.3% +46\.0% +46\.8%/);
    expect(out).toMatch(/ {2}12 +17\.0% +17\.3% +37\.8% +39\.4%/);
  });

  it("prints retention rates rising with tenure and DERL by renewals", () => {
    expect(out).toMatch(/ {3}1 +62\.7% +85\.1%/);
    expect(out).toMatch(/ {2}12 +94\.5% +95\.7%/);
    expect(out).toMatch(/ {7}0 +2\.964 +5\.414/);
    expect(out).toMatch(/ {6}11 +7\.622 +8\.100/);
  });

  it("prints the residual value of the mixed-tenure base, above the constant-retention value", () => {
    expect(out).toMatch(/sBG \(retention rising with tenure\) +\$12,054,292/);
    expect(out).toMatch(/one aggregate retention rate \(81\.2%\) +\$10,584,804/);
  });
});
