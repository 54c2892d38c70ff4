import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/11-complaints.ts", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "examples/11-complaints.ts"], {
    cwd: root,
    encoding: "utf8",
  });

  it("classifies the log at asOf − 90 days and leaves out, with counts, who cannot be classified", () => {
    // 2024-12-31 − 90 days = 2024-10-02; n3 started on 10-15, e has no event.
    expect(out).toContain(
      "classified at 2024-10-02: 11 customers; left out 1 who started later and 1 without any event",
    );
    // no failure: n1 (11-01), f3 (failure after the cutoff; 12-01) bought; n2, n4 did not → 2 of 4.
    expect(out).toMatch(/no failure +4 customers, 2 bought again: 50\.0% \(95% 15\.0%–85\.0%\)/);
    // resolved: r1 bought on 11-15 → 1 of 1; Wilson [0.2065, 1].
    expect(out).toMatch(/complaint resolved +1 customers, 1 bought again: 100\.0% \(95% 20\.7%–100\.0%\)/);
  });

  it("works out the intention by hand: 6 of 11 bought again, the no-failure group loses most (2/11)", () => {
    expect(out).toContain("will repurchase 54.5%, will not 45.5%; largest loss: noFailure");
    expect(out).toMatch(/noFailure +share 36\.4% {2}keeps 18\.2% {2}loses 18\.2%/);
    expect(out).toMatch(/failure\.complained\.resolved +share 9\.1% {2}keeps 9\.1% {2}loses 0\.0%/);
  });

  it("puts TARP's rates on the same shares: (2 + 0.74 + 1.9 + 0.7 + 0.92)/11 and (2 + 0.18 + 1.64 + 0.54 + 0.38)/11", () => {
    expect(out).toContain("with TARP's minor-problem rates: 56.9% would repurchase");
    expect(out).toContain("with TARP's major-problem rates: 43.1% would repurchase");
  });

  it("times the resolutions (0, 1 and 43 days; two still open at asOf) and measures the paradox as an interval", () => {
    expect(out).toContain(
      "time to resolution: 5 complaints, 3 resolved (mean 14.67 days, median 1 days), 2 open; within 2 days 40.0% of all",
    );
    // 1/2 vs 2/4: Newcombe ±√(0.405469² + 0.349961²) = ±0.535610.
    expect(out).toContain("difference 0.0 points (95% CI -53.6 to 53.6)");
  });
});

describe("examples/_demo/complaints.ts (the demo's complaints section)", () => {
  it("says the events are simulated with a seed, accounts for every CDNOW customer, and names the confound", async () => {
    const { loadCdnowSample } = await import("../../examples/_data/cdnow.ts");
    const { printComplaintsDemo } = await import("../../examples/_demo/complaints.ts");
    const { groupByCustomer } = await import("../../src/customers/index.ts");
    const lines: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => lines.push(args.join(" "));
    try {
      printComplaintsDemo(groupByCustomer({ transactions: loadCdnowSample() }));
    } finally {
      console.log = log;
    }
    const out = lines.join("\n");
    expect(out).toContain("simulated with a fixed seed (2027): CDNOW has none");
    expect(out).toContain("confounding, which no interval corrects");
    // Every CDNOW customer was acquired in the first quarter of 1997, before the cutoff 1998-04-01.
    expect(out).toContain("classified at 1998-04-01 (1998-06-30 − 90 days): 2357 customers, 0 left out");
    const counts = [...out.matchAll(/^ {2}(?:no failure|failure, no complaint|complaint [a-z ]+?) +(\d+) /gm)].map(
      (m) => Number(m[1]),
    );
    expect(counts.length).toBe(5);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2357);
    expect(out).toMatch(/recovery paradox: .*\(95% CI -?\d+\.\d to -?\d+\.\d\)/);
  });
});
