import * as z from "zod/mini";
import { LabelSchema } from "../schema/primitives.ts";
import { type CivilDate, CivilDateSchema } from "../time/CivilDateSchema.ts";
import type { EvaluationCriterion } from "./AccountTeam.ts";
import { type RelationshipMarket, relationshipMarkets } from "./relationshipMarkets.ts";
import { type Stakeholder, StakeholderSchema } from "./Stakeholder.ts";

/**
 * A long-term goal for a key account (beyond the plan's year).
 *
 * @example
 * ```ts
 * import type { LongTermGoal } from "clientele/accounts";
 * const g: LongTermGoal = { goalId: "g1", description: "sole supplier of packaging by 2028", horizonYears: 4 };
 * ```
 * @category Account plans
 */
export interface LongTermGoal {
  /** The goal's id within the plan. */
  readonly goalId: string;
  /** What is to be achieved. */
  readonly description: string;
  /** Over how many years (integer ≥ 1), if stated. */
  readonly horizonYears?: number | undefined;
}

/**
 * One objective of the annual plan.
 *
 * @example
 * ```ts
 * import type { PlanObjective } from "clientele/accounts";
 * const o: PlanObjective = { objectiveId: "o1", description: "raise share of wallet to 40 %", goalId: "g1", measure: "share of wallet", target: 0.4 };
 * ```
 * @category Account plans
 */
export interface PlanObjective {
  /** The objective's id within the plan. */
  readonly objectiveId: string;
  /** What is to be achieved this year. */
  readonly description: string;
  /** The long-term goal it serves, if any (a `goalId` of the plan). */
  readonly goalId?: string | undefined;
  /** Which of the six markets it addresses; default `"customer"`. */
  readonly market?: RelationshipMarket | undefined;
  /** The stakeholder it concerns (a `stakeholderId` of the plan's map), if any. */
  readonly stakeholderId?: string | undefined;
  /** How it is measured. */
  readonly measure?: string | undefined;
  /** The target value of the measure. */
  readonly target?: number | undefined;
}

/**
 * An action of the plan, with its owner and budget.
 *
 * @example
 * ```ts
 * import type { PlanAction } from "clientele/accounts";
 * const a: PlanAction = { actionId: "a1", objectiveId: "o1", description: "quarterly business reviews", owner: "ana", budget: 8000 };
 * ```
 * @category Account plans
 */
export interface PlanAction {
  /** The action's id within the plan. */
  readonly actionId: string;
  /** The objective it serves (an `objectiveId` of the plan). */
  readonly objectiveId: string;
  /** What is done. */
  readonly description: string;
  /** Who is responsible. */
  readonly owner: string;
  /** Its budget, ≥ 0. */
  readonly budget: number;
}

/**
 * A dated milestone of the plan, within the plan's year.
 *
 * @example
 * ```ts
 * import type { PlanMilestone } from "clientele/accounts";
 * const m: PlanMilestone = { milestoneId: "m1", objectiveId: "o1", description: "first review held", owner: "ana", due: "2025-03-31" };
 * ```
 * @category Account plans
 */
export interface PlanMilestone {
  /** The milestone's id within the plan. */
  readonly milestoneId: string;
  /** The objective it marks progress on. */
  readonly objectiveId: string;
  /** What marks it. */
  readonly description: string;
  /** Who is responsible. */
  readonly owner: string;
  /** Due date, a calendar date in the plan's year. */
  readonly due: CivilDate;
}

/**
 * The plan's manager and reporting line.
 *
 * @example
 * ```ts
 * import type { PlanManager } from "clientele/accounts";
 * const m: PlanManager = { managerId: "ana", reportsTo: "gm" };
 * ```
 * @category Account plans
 */
export interface PlanManager {
  /** The relationship manager who owns the plan. */
  readonly managerId: string;
  /** Who they report to (the general manager). */
  readonly reportsTo: string;
}

/**
 * A key account's plan: long-term goals and the annual plan (objectives, strategy, actions with owners and
 * budgets, milestones, total budget), the manager's reporting line and evaluation criteria, and optionally
 * the stakeholder map across the six markets.
 *
 * @example
 * ```ts
 * import type { AccountPlan } from "clientele/accounts";
 * const plan: AccountPlan = {
 *   accountId: "acme", year: 2025, manager: { managerId: "ana", reportsTo: "gm" },
 *   longTermGoals: [], objectives: [], strategy: "grow with the account's expansion", actions: [], milestones: [],
 *   budget: 0, evaluationCriteria: [],
 * };
 * ```
 * @category Account plans
 */
export interface AccountPlan {
  /** The key account (customer id). */
  readonly accountId: string;
  /** The plan's calendar year. */
  readonly year: number;
  /** The manager and reporting line. */
  readonly manager: PlanManager;
  /** Goals beyond the year. */
  readonly longTermGoals: readonly LongTermGoal[];
  /** The year's objectives. */
  readonly objectives: readonly PlanObjective[];
  /** The strategy, in words. */
  readonly strategy: string;
  /** The actions. */
  readonly actions: readonly PlanAction[];
  /** The milestones, each due within `year`. */
  readonly milestones: readonly PlanMilestone[];
  /** Total planned budget, ≥ 0 (the actions' budgets may not exceed it). */
  readonly budget: number;
  /** How the manager is evaluated on this account; weights sum to 1 when the list is not empty. */
  readonly evaluationCriteria: readonly EvaluationCriterion[];
  /** Stakeholders across the six markets that the plan addresses, if any. */
  readonly stakeholders?: readonly Stakeholder[] | undefined;
}

const nonNegative = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

/**
 * Schema of an {@link AccountPlan} (shape only; {@link parseAccountPlan} adds the cross-checks: ids,
 * references, milestones within the year, budgets, weights).
 *
 * @example
 * ```ts
 * import { AccountPlanSchema } from "clientele/accounts";
 * import { parseInput } from "clientele/schema";
 * const plan = parseInput("f", AccountPlanSchema, {
 *   accountId: "acme", year: 2025, manager: { managerId: "ana", reportsTo: "gm" }, longTermGoals: [],
 *   objectives: [], strategy: "grow", actions: [], milestones: [], budget: 0, evaluationCriteria: [],
 * });
 * plan.year; // => 2025
 * ```
 * @category Account plans
 */
export const AccountPlanSchema: z.ZodMiniType<AccountPlan, AccountPlan> = /* @__PURE__ */ z.strictObject({
  accountId: LabelSchema,
  year: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(9999)),
  manager: /* @__PURE__ */ z.strictObject({ managerId: LabelSchema, reportsTo: LabelSchema }),
  longTermGoals: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      goalId: LabelSchema,
      description: LabelSchema,
      horizonYears: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1))),
    }),
  ),
  objectives: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      objectiveId: LabelSchema,
      description: LabelSchema,
      goalId: /* @__PURE__ */ z.optional(LabelSchema),
      market: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(relationshipMarkets)),
      stakeholderId: /* @__PURE__ */ z.optional(LabelSchema),
      measure: /* @__PURE__ */ z.optional(LabelSchema),
      target: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number()),
    }),
  ),
  strategy: LabelSchema,
  actions: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      actionId: LabelSchema,
      objectiveId: LabelSchema,
      description: LabelSchema,
      owner: LabelSchema,
      budget: nonNegative,
    }),
  ),
  milestones: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      milestoneId: LabelSchema,
      objectiveId: LabelSchema,
      description: LabelSchema,
      owner: LabelSchema,
      due: CivilDateSchema,
    }),
  ),
  budget: nonNegative,
  evaluationCriteria: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      criterion: LabelSchema,
      weight: nonNegative,
      target: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number()),
    }),
  ),
  stakeholders: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(StakeholderSchema)),
});
