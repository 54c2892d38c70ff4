import { describe, expect, it } from "vitest";
import { npsTrendChart } from "../../src/charts/npsTrendChart.ts";
import type { CustomerRecord } from "../../src/customers/CustomerRecordSchema.ts";
import { aggregateSatisfaction } from "../../src/satisfaction/aggregateSatisfaction.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";
import { renderChart } from "../_helpers/renderChart.ts";

/** 300 seeded customers answering "recommend" (0–10) once a quarter in 2024, two segments. */
function records(): CustomerRecord[] {
  let a = 7;
  const u = () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
  return Array.from({ length: 300 }, (_, i) => ({
    customerId: `c${i}`,
    transactions: [],
    interactions: [],
    serviceFailures: [],
    complaints: [],
    incidents: [],
    bonds: [],
    loyaltyEvents: [],
    surveyResponses: [0, 3, 6, 9].map((month) => ({
      customerId: `c${i}`,
      timestamp: new Date(Date.UTC(2024, month, 1 + Math.floor(u() * 28))),
      instrument: "relationship",
      scores: { recommend: Math.min(10, Math.floor(u() * 11) + (i % 2 === 0 ? 1 : 0)) },
    })),
  })) as unknown as CustomerRecord[];
}

describe("npsTrendChart", () => {
  const result = aggregateSatisfaction(
    records(),
    { nps: { instrument: "relationship", item: "recommend" } },
    {
      period: { unit: "quarter", timeZone: "UTC" },
      segmentOf: (r) => (Number(r.customerId.slice(1)) % 2 === 0 ? "even" : "odd"),
    },
  );

  it("draws one point per segment and quarter at its NPS, inside its interval band", async () => {
    const chart = await renderChart(npsTrendChart(result));
    const points = chart.items("line").filter((p) => p.datum !== undefined);
    expect(result.cells).toHaveLength(8);
    expect(points).toHaveLength(8);
    const y = chart.view.scale("y") as (v: number) => number;
    const cell = result.cells[0]!;
    const p = points.find((q) => q.datum?.segment === cell.segment && q.datum?.score === cell.nps!.score)!;
    expect(p.y).toBeCloseTo(y(cell.nps!.score), 9);
    const band = chart.items("band");
    expect(band.length).toBe(8);
    const area = band.find((b) => b.datum?.segment === cell.segment && b.datum?.score === cell.nps!.score)!;
    expect(area.y).toBeCloseTo(y(cell.nps!.interval.lower), 9);
    expect(area.y2).toBeCloseTo(y(cell.nps!.interval.upper), 9);
  });

  it("throws typed errors without periods or NPS", () => {
    const unperiodised = aggregateSatisfaction(records(), { nps: { instrument: "relationship", item: "recommend" } });
    expectClienteleError(() => npsTrendChart(unperiodised), "invalid_input");
    expectClienteleError(() => npsTrendChart({ cells: [] }), "insufficient_data");
  });
});
