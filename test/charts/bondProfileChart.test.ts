import { describe, expect, it } from "vitest";
import { simulateCustomerBonds } from "../../examples/_data/simulatedBonds.ts";
import { bondProfile } from "../../src/bonds/bondProfile.ts";
import { bondProfileChart } from "../../src/charts/bondProfileChart.ts";
import { parseBondInstruments } from "../../src/customers/parseBondInstruments.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { renderChart } from "../_helpers/renderChart.ts";

describe("bondProfileChart", () => {
  const from = Date.UTC(2023, 0, 1);
  const to = Date.UTC(2024, 11, 31);
  const profiles = Array.from({ length: 12 }, (_, i) => {
    const { bonds } = simulateCustomerBonds(`c${i}`, i, { seed: 2026, from, to });
    return bondProfile(bonds.length === 0 ? [] : parseBondInstruments(bonds), { asOf: "2024-12-31" });
  }).map((p, i) => ({ ...p, customerId: `c${i}` }));

  it("draws one stacked bar per customer, three parts whose total is the bond strength", async () => {
    const chart = await renderChart(bondProfileChart(profiles));
    const parts = chart.items("bars");
    expect(parts).toHaveLength(3 * 12);
    const x = chart.view.scale("x") as (v: number) => number;
    for (const p of profiles) {
      const mine = parts.filter((b) => b.datum?.name === p.customerId);
      const right = Math.max(...mine.map((b) => b.x! + b.width!));
      expect(right).toBeCloseTo(x(p.strength.score), 6);
    }
  });

  it("averages by segment with segmentOf", async () => {
    const segmentOf = Object.fromEntries(profiles.map((p, i) => [p.customerId, i < 4 ? "new" : "established"]));
    const spec = bondProfileChart(profiles, { segmentOf });
    const chart = await renderChart(spec);
    expect(chart.items("bars")).toHaveLength(2 * 3);
    const social = spec.data!.values.find((v) => v.name === "new" && v.level === "social")!;
    const mean = profiles.slice(0, 4).reduce((s, p) => s + p.strength.byLevel.social, 0) / 4;
    expect(social.strength).toBeCloseTo(mean, 12);
  });

  it("throws typed errors for a customer without a segment or a bad profile", () => {
    expect(
      issuePaths(expectClienteleError(() => bondProfileChart(profiles, { segmentOf: { c0: "a" } }), "invalid_input")),
    ).toEqual(["profiles[1].customerId"]);
    const bad = {
      ...profiles[0]!,
      strength: { ...profiles[0]!.strength, byLevel: { ...profiles[0]!.strength.byLevel, social: Number.NaN } },
    };
    expect(issuePaths(expectClienteleError(() => bondProfileChart([bad]), "invalid_input"))).toEqual([
      "profiles[0].strength.byLevel.social",
    ]);
    expectClienteleError(() => bondProfileChart([]), "insufficient_data");
    expect(issuePaths(expectClienteleError(() => bondProfileChart(5 as never), "invalid_input"))).toEqual(["profiles"]);
  });
});
