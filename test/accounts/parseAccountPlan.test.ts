import { describe, expect, it } from "vitest";
import { parseAccountPlan } from "../../src/accounts/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { plan } from "./_planFixtures.ts";

describe("parseAccountPlan", () => {
  it("accepts a consistent plan and returns an equal new object", () => {
    const parsed = parseAccountPlan(plan);
    expect(parsed).toEqual(plan);
    expect(parsed).not.toBe(plan);
  });

  it("rejects a milestone outside the plan's year, at its due path", () => {
    const bad = {
      ...plan,
      milestones: [...plan.milestones, { ...plan.milestones[0]!, milestoneId: "m5", due: "2026-01-01" }],
    };
    const e = expectClienteleError(() => parseAccountPlan(bad), "invalid_input");
    expect(issuePaths(e)).toEqual(["plan.milestones[4].due"]);
    expect(e.message).toMatchInlineSnapshot(`
      "parseAccountPlan: invalid input
        ✖ expected a date in the plan's year 2025, received 2026-01-01 → at plan.milestones[4].due"
    `);
    const before = { ...plan, milestones: [{ ...plan.milestones[0]!, due: "2024-12-31" }] };
    expect(issuePaths(expectClienteleError(() => parseAccountPlan(before), "invalid_input"))).toEqual([
      "plan.milestones[0].due",
    ]);
  });

  it("rejects dangling references, repeated ids, actions over budget and evaluation weights not summing to 1", () => {
    const bad = {
      ...plan,
      objectives: [
        { ...plan.objectives[0]!, goalId: "g9" },
        plan.objectives[1]!,
        { ...plan.objectives[1]!, stakeholderId: "nobody" },
      ],
      actions: [{ ...plan.actions[0]!, objectiveId: "o9", budget: 9000 }, plan.actions[1]!],
      evaluationCriteria: [{ criterion: "share of wallet", weight: 0.7 }],
    };
    expect(issuePaths(expectClienteleError(() => parseAccountPlan(bad), "invalid_input"))).toEqual([
      "plan.objectives[2].objectiveId",
      "plan.objectives[0].goalId",
      "plan.objectives[2].stakeholderId",
      "plan.actions[0].objectiveId",
      "plan.budget",
      "plan.evaluationCriteria",
    ]);
  });

  it("rejects a bad shape with zod's paths (negative budget, unknown market)", () => {
    const bad = { ...plan, budget: -1, objectives: [{ ...plan.objectives[1]!, market: "press" as "influence" }] };
    expect(issuePaths(expectClienteleError(() => parseAccountPlan(bad), "invalid_input"))).toEqual([
      "plan.objectives[0].market",
      "plan.budget",
    ]);
  });
});
