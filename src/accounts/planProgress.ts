import * as z from "zod/mini";
import { collectIssue, createIssueCollector } from "../_lib/issueCollector.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { parseRows } from "../schema/parseRows.ts";
import { LabelSchema } from "../schema/primitives.ts";
import { type CivilDate, CivilDateSchema } from "../time/CivilDateSchema.ts";
import { elapsedCalendarDays } from "../time/elapsedCalendarDays.ts";
import type { AccountPlan } from "./AccountPlanSchema.ts";
import { parseAccountPlan } from "./parseAccountPlan.ts";

const FN = "planProgress";

/**
 * Something that happened under an account plan: a milestone reached, or money spent (on an action, on an
 * objective, or on neither).
 *
 * @example
 * ```ts
 * import type { PlanEvent } from "clientele/accounts";
 * const events: PlanEvent[] = [
 *   { kind: "milestone-done", milestoneId: "m1", date: "2025-03-28" },
 *   { kind: "spend", amount: 2500, date: "2025-03-31", actionId: "a1" },
 * ];
 * ```
 * @category Account plans
 */
export type PlanEvent =
  | {
      /** A milestone reached. */
      readonly kind: "milestone-done";
      /** Which (a `milestoneId` of the plan; each at most once). */
      readonly milestoneId: string;
      /** When. */
      readonly date: CivilDate;
    }
  | {
      /** Money spent. */
      readonly kind: "spend";
      /** How much, ≥ 0. */
      readonly amount: number;
      /** When. */
      readonly date: CivilDate;
      /** The action it was spent on (its objective is then the action's). */
      readonly actionId?: string | undefined;
      /** The objective it was spent on, when no action is named (or the action's own). */
      readonly objectiveId?: string | undefined;
    };

/**
 * Options of {@link planProgress}.
 *
 * @example
 * ```ts
 * import type { PlanProgressOptions } from "clientele/accounts";
 * const options: PlanProgressOptions = { asOf: "2025-06-30" };
 * ```
 * @category Account plans
 */
export interface PlanProgressOptions {
  /** The date of the review (required; events after it are not counted). */
  readonly asOf: CivilDate;
}

/**
 * A milestone's status in {@link PlanProgress}: `"done"` when reached on or before `asOf`, otherwise
 * `"overdue"` when due before `asOf`, else `"upcoming"` (due on or after `asOf`).
 *
 * @example
 * ```ts
 * import type { MilestoneStatus } from "clientele/accounts";
 * const s: MilestoneStatus = "overdue";
 * ```
 * @category Account plans
 */
export type MilestoneStatus = "done" | "overdue" | "upcoming";

/**
 * One milestone in {@link PlanProgress}.
 *
 * @example
 * ```ts
 * import type { MilestoneProgress } from "clientele/accounts";
 * const m: MilestoneProgress = {
 *   milestoneId: "m1", objectiveId: "o1", owner: "ana", due: "2025-03-31",
 *   status: "done", completedOn: "2025-04-02", late: true, daysLate: 2,
 * };
 * ```
 * @category Account plans
 */
export interface MilestoneProgress {
  /** The milestone. */
  readonly milestoneId: string;
  /** Its objective. */
  readonly objectiveId: string;
  /** Who is responsible. */
  readonly owner: string;
  /** Its due date. */
  readonly due: CivilDate;
  /** Its status at `asOf`. */
  readonly status: MilestoneStatus;
  /** When it was reached, `null` if not (by `asOf`). */
  readonly completedOn: CivilDate | null;
  /** Reached after its due date, or overdue. */
  readonly late: boolean;
  /** Calendar days late: completion − due when reached late, `asOf` − due when overdue, else 0. */
  readonly daysLate: number;
}

/**
 * Milestone counts by status.
 *
 * @example
 * ```ts
 * import type { MilestoneCounts } from "clientele/accounts";
 * const c: MilestoneCounts = { total: 3, done: 1, overdue: 1, upcoming: 1, late: 2 };
 * ```
 * @category Account plans
 */
export interface MilestoneCounts {
  /** All milestones. */
  readonly total: number;
  /** Reached by `asOf`. */
  readonly done: number;
  /** Not reached and due before `asOf`. */
  readonly overdue: number;
  /** Not reached and due on or after `asOf`. */
  readonly upcoming: number;
  /** Reached late, or overdue. */
  readonly late: number;
}

/**
 * One objective in {@link PlanProgress}: its milestones and its budget planned (the sum of its actions')
 * against spent.
 *
 * @example
 * ```ts
 * import type { ObjectiveProgress } from "clientele/accounts";
 * const o: ObjectiveProgress = {
 *   objectiveId: "o1", milestones: { total: 1, done: 1, overdue: 0, upcoming: 0, late: 0 }, plannedBudget: 8000, spent: 2500,
 * };
 * ```
 * @category Account plans
 */
export interface ObjectiveProgress {
  /** The objective. */
  readonly objectiveId: string;
  /** Its milestones by status. */
  readonly milestones: MilestoneCounts;
  /** The budgets of its actions. */
  readonly plannedBudget: number;
  /** Spent on it (directly or through its actions) by `asOf`. */
  readonly spent: number;
}

/**
 * What {@link planProgress} returns.
 *
 * @example
 * ```ts
 * import type { PlanProgress } from "clientele/accounts";
 * type Spent = PlanProgress["budget"]["spent"]; // number
 * ```
 * @category Account plans
 */
export interface PlanProgress {
  /** The account. */
  readonly accountId: string;
  /** The plan's year. */
  readonly year: number;
  /** The review date. */
  readonly asOf: CivilDate;
  /** Each milestone's status, in plan order. */
  readonly milestones: readonly MilestoneProgress[];
  /** Counts over all milestones. */
  readonly counts: MilestoneCounts;
  /** The plan's budget against spending by `asOf`. */
  readonly budget: {
    /** The plan's budget. */
    readonly planned: number;
    /** Spent by `asOf` (all spend events). */
    readonly spent: number;
    /** `planned − spent` (negative when overspent). */
    readonly remaining: number;
    /** `spent / planned`, `null` when nothing was planned. */
    readonly spentShare: number | null;
  };
  /** Per objective, in plan order. */
  readonly objectives: readonly ObjectiveProgress[];
  /** Spent on neither an action nor an objective. */
  readonly unallocatedSpend: number;
  /** Events dated after `asOf`, not counted (for a review replayed at an earlier date). */
  readonly eventsAfterAsOf: number;
}

const EventSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal("milestone-done"),
    milestoneId: LabelSchema,
    date: CivilDateSchema,
  }),
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal("spend"),
    amount: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
    date: CivilDateSchema,
    actionId: /* @__PURE__ */ z.optional(LabelSchema),
    objectiveId: /* @__PURE__ */ z.optional(LabelSchema),
  }),
]);

const OptionsSchema = /* @__PURE__ */ z.strictObject({ asOf: CivilDateSchema });

function days(from: CivilDate, to: CivilDate): number {
  return elapsedCalendarDays(new Date(from), new Date(to));
}

function emptyCounts(): { total: number; done: number; overdue: number; upcoming: number; late: number } {
  return { total: 0, done: 0, overdue: 0, upcoming: 0, late: 0 };
}

/**
 * Where an account plan stands at a date: each milestone done, overdue or upcoming (and how late), the
 * budget spent against planned, overall and per objective.
 *
 * @remarks
 * - A milestone is **done** when a `milestone-done` event dated on or before `asOf` names it; otherwise
 *   **overdue** when its due date is before `asOf`, else **upcoming**. Days late are calendar days.
 * - A `spend` on an action counts for the action's objective; one on an objective for that objective; one
 *   on neither is `unallocatedSpend`. All count in `budget.spent`.
 * - Events after `asOf` are not counted, and their number is returned (`eventsAfterAsOf`), so a review can
 *   be replayed at any date from the same event log.
 *
 * @param plan - The account plan (validated with {@link parseAccountPlan}).
 * @param events - Milestones reached and money spent.
 * @param options - `asOf`, the review date (required).
 * @returns The progress.
 * @throws {@link ClienteleInputError} `invalid_input` for an invalid plan (as {@link parseAccountPlan}), a bad
 * event, an event naming a milestone, action or objective not in the plan, a milestone reached twice, or a
 * spend whose action and objective disagree (`events[i].…`), or a bad `asOf`.
 * @example
 * ```ts
 * import { planProgress } from "clientele/accounts";
 * const plan = {
 *   accountId: "acme", year: 2025, manager: { managerId: "ana", reportsTo: "gm" }, strategy: "grow", longTermGoals: [],
 *   objectives: [{ objectiveId: "o1", description: "renew the contract" }],
 *   actions: [{ actionId: "a1", objectiveId: "o1", description: "reviews", owner: "ana", budget: 1000 }],
 *   milestones: [
 *     { milestoneId: "m1", objectiveId: "o1", description: "review 1", owner: "ana", due: "2025-03-31" },
 *     { milestoneId: "m2", objectiveId: "o1", description: "renewal", owner: "ana", due: "2025-09-30" },
 *   ],
 *   budget: 1000, evaluationCriteria: [],
 * };
 * const p = planProgress(
 *   plan,
 *   [{ kind: "milestone-done", milestoneId: "m1", date: "2025-03-28" }, { kind: "spend", amount: 400, date: "2025-04-01", actionId: "a1" }],
 *   { asOf: "2025-06-30" },
 * );
 * p.counts; // => { total: 2, done: 1, overdue: 0, upcoming: 1, late: 0 }
 * p.budget.spentShare; // => 0.4
 * ```
 * @category Account plans
 */
export function planProgress(
  plan: AccountPlan,
  events: readonly PlanEvent[],
  options: PlanProgressOptions,
): PlanProgress {
  const p = parseAccountPlan(plan);
  const list = parseRows(FN, EventSchema, events, { path: ["events"] });
  const { asOf } = parseInput(FN, OptionsSchema, options, ["options"]);
  const milestoneIds = new Set(p.milestones.map((m) => m.milestoneId));
  const objectiveIds = new Set(p.objectives.map((o) => o.objectiveId));
  const actionObjective = new Map(p.actions.map((a) => [a.actionId, a.objectiveId]));
  const issues = createIssueCollector();
  const unknown = (i: number, field: string, id: string, what: string): void =>
    collectIssue(issues, () => ({
      code: "invalid_value",
      path: ["events", i, field],
      message: `expected ${what} of the plan, received ${JSON.stringify(id)}`,
    }));
  const completed = new Map<string, CivilDate>();
  const spentOn = new Map<string, number>();
  let spent = 0;
  let unallocatedSpend = 0;
  let eventsAfterAsOf = 0;
  const doneSeen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (e.kind === "milestone-done") {
      if (!milestoneIds.has(e.milestoneId)) {
        unknown(i, "milestoneId", e.milestoneId, "a milestoneId");
        continue;
      }
      if (doneSeen.has(e.milestoneId)) {
        collectIssue(issues, () => ({
          code: "invalid_value",
          path: ["events", i, "milestoneId"],
          message: `milestone ${JSON.stringify(e.milestoneId)} is reported done twice`,
        }));
        continue;
      }
      doneSeen.add(e.milestoneId);
      if (e.date > asOf) eventsAfterAsOf++;
      else completed.set(e.milestoneId, e.date);
      continue;
    }
    let objective = e.objectiveId;
    if (e.actionId !== undefined) {
      const viaAction = actionObjective.get(e.actionId);
      if (viaAction === undefined) {
        unknown(i, "actionId", e.actionId, "an actionId");
        continue;
      }
      if (objective !== undefined && objective !== viaAction) {
        collectIssue(issues, () => ({
          code: "invalid_value",
          path: ["events", i, "objectiveId"],
          message: `expected the action's objective ${JSON.stringify(viaAction)}, received ${JSON.stringify(objective)}`,
        }));
        continue;
      }
      objective = viaAction;
    } else if (objective !== undefined && !objectiveIds.has(objective)) {
      unknown(i, "objectiveId", objective, "an objectiveId");
      continue;
    }
    if (e.date > asOf) {
      eventsAfterAsOf++;
      continue;
    }
    spent += e.amount;
    if (objective === undefined) unallocatedSpend += e.amount;
    else spentOn.set(objective, (spentOn.get(objective) ?? 0) + e.amount);
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${FN}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }

  const counts = emptyCounts();
  const perObjective = new Map(p.objectives.map((o) => [o.objectiveId, emptyCounts()]));
  const milestones = p.milestones.map((m): MilestoneProgress => {
    const completedOn = completed.get(m.milestoneId) ?? null;
    const status: MilestoneStatus = completedOn !== null ? "done" : m.due < asOf ? "overdue" : "upcoming";
    const daysLate =
      completedOn !== null ? Math.max(0, days(m.due, completedOn)) : status === "overdue" ? days(m.due, asOf) : 0;
    const late = daysLate > 0;
    for (const c of [counts, perObjective.get(m.objectiveId)!]) {
      c.total++;
      c[status]++;
      if (late) c.late++;
    }
    return {
      milestoneId: m.milestoneId,
      objectiveId: m.objectiveId,
      owner: m.owner,
      due: m.due,
      status,
      completedOn,
      late,
      daysLate,
    };
  });
  const objectives = p.objectives.map(
    (o): ObjectiveProgress => ({
      objectiveId: o.objectiveId,
      milestones: perObjective.get(o.objectiveId)!,
      plannedBudget: p.actions.reduce((s, a) => s + (a.objectiveId === o.objectiveId ? a.budget : 0), 0),
      spent: spentOn.get(o.objectiveId) ?? 0,
    }),
  );
  return {
    accountId: p.accountId,
    year: p.year,
    asOf,
    milestones,
    counts,
    budget: {
      planned: p.budget,
      spent,
      remaining: p.budget - spent,
      spentShare: p.budget === 0 ? null : spent / p.budget,
    },
    objectives,
    unallocatedSpend,
    eventsAfterAsOf,
  };
}
