import { collectIssue, createIssueCollector } from "../_lib/issueCollector.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { type AccountPlan, AccountPlanSchema } from "./AccountPlanSchema.ts";

const FN = "parseAccountPlan";

/**
 * Validates an account plan: its shape ({@link AccountPlanSchema}) and its consistency — distinct ids in
 * each list, references that resolve (an action's or milestone's `objectiveId`, an objective's `goalId` and
 * `stakeholderId`), every milestone due within the plan's year, the actions' budgets within the plan's
 * budget, and evaluation weights that sum to 1.
 *
 * @param plan - The plan, untrusted.
 * @returns The validated plan (a new object; the input is not mutated).
 * @throws {@link ClienteleInputError} `invalid_input` with every problem at its path, e.g.
 * `plan.milestones[2].due` for a milestone outside the year or `plan.actions[0].objectiveId` for a dangling
 * reference.
 * @example
 * ```ts
 * import { parseAccountPlan } from "clientele/accounts";
 * const plan = parseAccountPlan({
 *   accountId: "acme", year: 2025, manager: { managerId: "ana", reportsTo: "gm" }, strategy: "grow",
 *   longTermGoals: [], objectives: [{ objectiveId: "o1", description: "renew the contract" }],
 *   actions: [], milestones: [{ milestoneId: "m1", objectiveId: "o1", description: "signed", owner: "ana", due: "2025-06-30" }],
 *   budget: 0, evaluationCriteria: [],
 * });
 * plan.milestones.length; // => 1
 * // a milestone due "2026-01-15" would throw invalid_input at plan.milestones[0].due
 * ```
 * @category Account plans
 */
export function parseAccountPlan(plan: AccountPlan): AccountPlan {
  const p = parseInput(FN, AccountPlanSchema, plan, ["plan"]);
  const issues = createIssueCollector();
  const distinct = <T>(list: readonly T[], field: keyof T & string, at: string): Set<string> => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const id = item[field] as unknown as string;
      if (seen.has(id)) {
        collectIssue(issues, () => ({
          code: "duplicate_id",
          path: ["plan", at, i, field],
          message: `duplicate ${field} ${JSON.stringify(id)}`,
        }));
      }
      seen.add(id);
    });
    return seen;
  };
  const refers = (ids: Set<string>, id: string | undefined, path: (string | number)[], what: string): void => {
    if (id !== undefined && !ids.has(id)) {
      collectIssue(issues, () => ({
        code: "invalid_value",
        path,
        message: `expected ${what} of the plan, received ${JSON.stringify(id)}`,
      }));
    }
  };
  const goals = distinct(p.longTermGoals, "goalId", "longTermGoals");
  const objectives = distinct(p.objectives, "objectiveId", "objectives");
  distinct(p.actions, "actionId", "actions");
  distinct(p.milestones, "milestoneId", "milestones");
  const stakeholders = distinct(p.stakeholders ?? [], "stakeholderId", "stakeholders");
  p.objectives.forEach((o, i) => {
    refers(goals, o.goalId, ["plan", "objectives", i, "goalId"], "a goalId");
    refers(stakeholders, o.stakeholderId, ["plan", "objectives", i, "stakeholderId"], "a stakeholderId");
  });
  p.actions.forEach((a, i) => {
    refers(objectives, a.objectiveId, ["plan", "actions", i, "objectiveId"], "an objectiveId");
  });
  const first = `${String(p.year).padStart(4, "0")}-01-01`;
  const last = `${String(p.year).padStart(4, "0")}-12-31`;
  p.milestones.forEach((m, i) => {
    refers(objectives, m.objectiveId, ["plan", "milestones", i, "objectiveId"], "an objectiveId");
    if (m.due < first || m.due > last) {
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: ["plan", "milestones", i, "due"],
        message: `expected a date in the plan's year ${p.year}, received ${m.due}`,
      }));
    }
  });
  const allocated = p.actions.reduce((s, a) => s + a.budget, 0);
  if (allocated > p.budget * (1 + 1e-12)) {
    collectIssue(issues, () => ({
      code: "too_big",
      path: ["plan", "budget"],
      message: `expected a budget covering the actions' ${allocated}, received ${p.budget}`,
    }));
  }
  if (p.evaluationCriteria.length > 0) {
    const sum = p.evaluationCriteria.reduce((s, c) => s + c.weight, 0);
    if (Math.abs(sum - 1) > 1e-9) {
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: ["plan", "evaluationCriteria"],
        message: `expected weights summing to 1, received sum ${sum}`,
      }));
    }
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${FN}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  return p;
}
