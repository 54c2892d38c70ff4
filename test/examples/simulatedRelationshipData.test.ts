import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/18-simulated-relationship-data.ts", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "examples/18-simulated-relationship-data.ts"], {
    cwd: root,
    encoding: "utf8",
  });
  /** The observed count of a line, and the line itself. */
  const row = (label: string): { observed: number; text: string } => {
    const text = out.split("\n").find((l) => l.trimStart().startsWith(label));
    expect(text, label).toBeDefined();
    return {
      observed: Number(
        text!
          .slice(label.length + 2)
          .trim()
          .split(/\s+/)[0],
      ),
      text: text!,
    };
  };

  it("says the data are simulated illustrations and leaves CDNOW's 2,357 customers and 6,919 purchases unchanged", () => {
    expect(out).toContain("illustrations, not data");
    expect(out).toContain("2357 customers, 6919 purchases (unchanged");
  });

  it("prints the expected counts checked by hand, and each observed count lies within 4.5 sd of them", () => {
    // failures: 6,919 × 0.08 = 553.52; sd √(6,919 × 0.08 × 0.92) = √509.24 = 22.57
    const failures = row("service failures (per purchase)");
    expect(failures.text).toContain("expected 0.08 × 6919 = 553.5 (sd 22.6)");
    expect(Math.abs(failures.observed - 553.52)).toBeLessThanOrEqual(4.5 * 22.57);
    // complaints per failure: 0.3 major × 0.6 + 0.7 minor × 0.3 = 0.18 + 0.21 = 0.39 of the failures drawn
    const complaints = row("complaints (per failure)");
    const n = failures.observed;
    expect(complaints.text).toContain(`expected 0.39 × ${n} = ${(0.39 * n).toFixed(1)}`);
    expect(Math.abs(complaints.observed - 0.39 * n)).toBeLessThanOrEqual(4.5 * Math.sqrt(n * 0.39 * 0.61));
    // surveys: 6,919 × 0.25 = 1,729.75; sd √(6,919 × 0.1875) = √1,297.31 = 36.02
    const surveys = row("survey responses (per purchase)");
    expect(surveys.text).toContain("expected 0.25 × 6919 = 1729.8 (sd 36.0)");
    expect(Math.abs(surveys.observed - 1729.75)).toBeLessThanOrEqual(4.5 * 36.02);
    // points programs: 2,357 × 0.6 = 1,414.2; sd √(2,357 × 0.24) = √565.68 = 23.78
    const members = row("points-program members (per customer)");
    expect(members.text).toContain("expected 0.6 × 2357 = 1414.2 (sd 23.8)");
    expect(Math.abs(members.observed - 1414.2)).toBeLessThanOrEqual(4.5 * 23.78);
  });

  it("reads the simulated surveys with the library's mapping, and shows a customer's events do not depend on the others", () => {
    const m = out.match(/surveys: (\d+) responses, NPS (-?\d+\.\d), CSAT (\d+\.\d)% satisfied/);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBe(row("survey responses (per purchase)").observed);
    expect(Math.abs(Number(m![2]))).toBeLessThanOrEqual(100);
    expect(out).toContain("customer 0001 simulated alone gets the same events: true");
  });
});
