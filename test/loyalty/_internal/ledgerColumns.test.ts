import { describe, expect, it } from "vitest";
import { buildColumns, membersById } from "../../../src/loyalty/_internal/ledgerColumns.ts";
import { createLedger } from "../../../src/loyalty/index.ts";

const program = { costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } } as const;

describe("buildColumns", () => {
  it("groups by member in first-appearance order, each member's events in canonical order", () => {
    const { events } = createLedger(program, [
      { customerId: "b", timestamp: "2024-02-01", type: "accrual", points: 5 }, // 0
      { customerId: "a", timestamp: "2024-03-01", type: "redemption", points: 1 }, // 1
      { customerId: "a", timestamp: "2024-03-01", type: "accrual", points: 10, expiresAt: "2024-09-01" }, // 2
      { customerId: "a", timestamp: "2024-03-01", type: "accrual", points: 20, expiresAt: "2024-06-01" }, // 3
      { customerId: "a", timestamp: "2024-01-01", type: "accrual", points: 30, qualifyingCredits: 7 }, // 4
      { customerId: "b", timestamp: "2024-01-01", type: "accrual", points: 6 }, // 5
    ]);
    const c = buildColumns(events);
    expect(c.ids).toEqual(["b", "a"]);
    expect([...c.offsets]).toEqual([0, 2, 6]);
    // b: 5, 0; a: by time, then accruals (earlier own expiry first) before the redemption.
    expect([...c.index]).toEqual([5, 0, 4, 3, 2, 1]);
    expect([...c.types]).toEqual([0, 0, 0, 0, 0, 1]);
    expect([...c.points]).toEqual([6, 5, 30, 20, 10, 1]);
    expect([...c.credits]).toEqual([6, 5, 7, 20, 10, 0]);
    expect([...c.expiries]).toEqual([
      Infinity,
      Infinity,
      Infinity,
      Date.UTC(2024, 5, 1),
      Date.UTC(2024, 8, 1),
      Infinity,
    ]);
    expect([...c.times]).toEqual([...c.index].map((i) => events[i]!.timestamp.getTime()));
    expect(c.memberIndex.get("a")).toBe(1);
    expect([...membersById(c)]).toEqual([1, 0]);
  });
});
