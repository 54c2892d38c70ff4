import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timeToResolution } from "../../src/complaints/index.ts";
import { groupByCustomer } from "../../src/customers/index.ts";
import { elapsed } from "../../src/time/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { recordsArbitrary } from "./_recordFixtures.ts";

const records = () =>
  groupByCustomer({
    complaints: [
      {
        customerId: "a",
        openedAt: "2024-03-01",
        resolvedAt: "2024-03-02",
        severity: "minor",
        outcome: "resolved-quickly",
      },
      { customerId: "a", openedAt: "2024-04-01", resolvedAt: "2024-04-11", severity: "major", outcome: "resolved" },
      { customerId: "b", openedAt: "2024-03-01", resolvedAt: "2024-03-05", severity: "major", outcome: "resolved" },
      { customerId: "b", openedAt: "2024-03-10", resolvedAt: "2024-03-13", severity: "minor", outcome: "resolved" },
      { customerId: "c", openedAt: "2024-03-03", severity: "major", outcome: "unresolved" },
      { customerId: "c", openedAt: "2024-03-20", resolvedAt: "2024-04-15", severity: "major", outcome: "resolved" },
      { customerId: "d", openedAt: "2024-05-01", resolvedAt: "2024-05-02", severity: "minor", outcome: "resolved" },
    ],
  });

describe("timeToResolution", () => {
  it("computes n, mean, median, quantiles and the target share by hand; open complaints are counted", () => {
    // At 2024-03-31: opened a(03-01, 1 day), b(03-01, 4), b(03-10, 3), c(03-03, open), c(03-20, resolved only 04-15: open).
    const t = timeToResolution(records(), { asOf: "2024-03-31", unit: "day", target: 3 });
    expect(t.complaints).toBe(5);
    expect(t.open).toBe(2);
    expect(t.resolved).toEqual({
      n: 3,
      mean: 8 / 3,
      median: 3,
      min: 1,
      max: 4,
      // type 7 on [1, 3, 4]: p = 0.25 → h = 0.5 → 2; 0.75 → h = 1.5 → 3.5; 0.9 → h = 1.8 → 3.8
      quantiles: [
        { probability: 0.25, value: 2 },
        { probability: 0.5, value: 3 },
        { probability: 0.75, value: 3.5 },
        { probability: 0.9, value: 3 + 0.8 * 1 },
      ],
    });
    expect(t.withinTarget).toEqual({ target: 3, count: 2, shareOfResolved: 2 / 3, shareOfAll: 2 / 5 });
  });
  it("declares its unit: weeks are days / 7", () => {
    const t = timeToResolution(records(), { asOf: "2024-12-31", unit: "week", probabilities: [0.5] });
    expect(t.unit).toBe("week");
    expect(t.complaints).toBe(7);
    expect(t.open).toBe(1);
    // durations in days: 1, 10, 4, 3, 26, 1 → weeks; median of sorted [1,1,3,4,10,26] = 3.5 days
    expect(t.resolved.median).toBe(3.5 / 7);
    expect(t.withinTarget).toBeUndefined();
  });
  it("reports nulls, not NaN, when nothing was resolved", () => {
    const t = timeToResolution(records(), { asOf: "2024-03-01T12:00:00Z", unit: "day", target: 1 });
    expect(t.complaints).toBe(2);
    expect(t.resolved).toMatchObject({ n: 0, mean: null, median: null, min: null, max: null });
    expect(t.withinTarget).toEqual({ target: 1, count: 0, shareOfResolved: null, shareOfAll: 0 });
  });
  it("requires asOf and unit, and rejects malformed complaints with paths", () => {
    expect(
      issuePaths(
        expectClienteleError(() => timeToResolution(records(), { asOf: "2024-03-31" } as never), "invalid_input"),
      ),
    ).toEqual(["options.unit"]);
    const [a, ...rest] = records();
    const bad = [{ ...a!, complaints: [{ ...a!.complaints[0]!, resolvedAt: undefined }] }, ...rest];
    expect(
      issuePaths(
        expectClienteleError(() => timeToResolution(bad, { asOf: "2024-03-31", unit: "day" }), "invalid_input"),
      ),
    ).toEqual(["records[0].complaints[0].resolvedAt"]);
  });
  it("measures days and weeks as elapsed() does in UTC (its fast path), months through elapsed()", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: 0, max: 400 * 86_400_000 }),
        fc.constantFrom("day", "week", "month" as const),
        (opened, span, unit) => {
          const openedAt = new Date(opened);
          const resolvedAt = new Date(opened + span);
          const rs = groupByCustomer({
            complaints: [{ customerId: "a", openedAt, resolvedAt, severity: "minor", outcome: "resolved" }],
          });
          const t = timeToResolution(rs, { asOf: resolvedAt, unit });
          const expected = elapsed(openedAt, resolvedAt, { unit });
          expect(Math.abs(t.resolved.mean! - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected));
        },
      ),
    );
  });

  it("property: never mutates its input; resolved.n + open = complaints; quantiles are ordered", () => {
    fc.assert(
      fc.property(recordsArbitrary, (rs) => {
        const copy = structuredClone(rs);
        const t = timeToResolution(rs, { asOf: "2024-06-30", unit: "day", target: 10 });
        expect(rs).toEqual(copy);
        expect(t.resolved.n + t.open).toBe(t.complaints);
        const q = t.resolved.quantiles.map((x) => x.value);
        if (t.resolved.n > 0) for (let i = 1; i < q.length; i++) expect(q[i]!).toBeGreaterThanOrEqual(q[i - 1]!);
      }),
    );
  });
});
