import { describe, expect, it } from "vitest";
import { planProgress } from "../../src/accounts/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { events, plan } from "./_planFixtures.ts";

describe("planProgress", () => {
  it("reports milestones, budget and objectives at mid-year, checked by hand", () => {
    const p = planProgress(plan, events, { asOf: "2025-06-30" });
    // m1 done 3 days late (03-31 → 04-03); m2 overdue by 15 days (06-15 → 06-30); m3 done early; m4 upcoming.
    expect(p.milestones.map((m) => [m.milestoneId, m.status, m.completedOn, m.daysLate])).toEqual([
      ["m1", "done", "2025-04-03", 3],
      ["m2", "overdue", null, 15],
      ["m3", "done", "2025-05-20", 0],
      ["m4", "upcoming", null, 0],
    ]);
    expect(p.counts).toEqual({ total: 4, done: 2, overdue: 1, upcoming: 1, late: 2 });
    // spent 2,500 + 1,200 + 300 = 4,000 of 10,000; the 999 of July and m4's August completion come later
    expect(p.budget).toEqual({ planned: 10_000, spent: 4000, remaining: 6000, spentShare: 0.4 });
    expect(p.unallocatedSpend).toBe(300);
    expect(p.eventsAfterAsOf).toBe(2);
    expect(p.objectives).toEqual([
      {
        objectiveId: "o1",
        milestones: { total: 2, done: 1, overdue: 1, upcoming: 0, late: 2 },
        plannedBudget: 6000,
        spent: 2500,
      },
      {
        objectiveId: "o2",
        milestones: { total: 2, done: 1, overdue: 0, upcoming: 1, late: 0 },
        plannedBudget: 3000,
        spent: 1200,
      },
    ]);
  });

  it("replays the same log at year end: everything counted, m2 still overdue", () => {
    const p = planProgress(plan, events, { asOf: "2025-12-31" });
    expect(p.counts).toEqual({ total: 4, done: 3, overdue: 1, upcoming: 0, late: 2 });
    expect(p.budget.spent).toBe(4999);
    expect(p.eventsAfterAsOf).toBe(0);
    expect(p.milestones[1]!.daysLate).toBe(199);
  });

  it("a milestone due on the review date is upcoming, not overdue", () => {
    expect(planProgress(plan, [], { asOf: "2025-03-31" }).milestones[0]!.status).toBe("upcoming");
  });

  it("rejects events that name what the plan lacks, a milestone done twice, a spend whose action and objective disagree, and a bad asOf", () => {
    const e = expectClienteleError(
      () =>
        planProgress(
          plan,
          [
            { kind: "milestone-done", milestoneId: "m9", date: "2025-01-01" },
            { kind: "milestone-done", milestoneId: "m1", date: "2025-01-01" },
            { kind: "milestone-done", milestoneId: "m1", date: "2025-01-02" },
            { kind: "spend", amount: 1, date: "2025-01-01", actionId: "a1", objectiveId: "o2" },
            { kind: "spend", amount: 1, date: "2025-01-01", objectiveId: "o7" },
          ],
          { asOf: "2025-06-30" },
        ),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual([
      "events[0].milestoneId",
      "events[2].milestoneId",
      "events[3].objectiveId",
      "events[4].objectiveId",
    ]);
    const neg = expectClienteleError(
      () => planProgress(plan, [{ kind: "spend", amount: -5, date: "2025-01-01" }], { asOf: "2025-06-30" }),
      "invalid_input",
    );
    expect(issuePaths(neg)).toEqual(["events[0].amount"]);
    expect(
      issuePaths(expectClienteleError(() => planProgress(plan, [], { asOf: "30/06/2025" }), "invalid_input")),
    ).toEqual(["options.asOf"]);
  });

  it("does not mutate the plan or the events", () => {
    const p = structuredClone(plan);
    const ev = structuredClone(events);
    planProgress(plan, events, { asOf: "2025-06-30" });
    expect(plan).toEqual(p);
    expect(events).toEqual(ev);
  });
});
