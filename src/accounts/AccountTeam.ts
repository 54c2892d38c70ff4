import * as z from "zod/mini";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { parseInput } from "../schema/parseInput.ts";
import { LabelSchema } from "../schema/primitives.ts";

/**
 * One criterion a manager is evaluated on (set by the general manager), with its weight in the evaluation.
 *
 * @example
 * ```ts
 * import type { EvaluationCriterion } from "clientele/accounts";
 * const c: EvaluationCriterion = { criterion: "account profit growth", weight: 0.6, target: 0.1 };
 * ```
 * @category Relationship managers
 */
export interface EvaluationCriterion {
  /** What is measured. */
  readonly criterion: string;
  /** Its weight in the evaluation, ≥ 0; the weights of one list sum to 1. */
  readonly weight: number;
  /** The target value, if any (in the criterion's own unit). */
  readonly target?: number | undefined;
}

/**
 * What the general manager gives a relationship manager to work with.
 *
 * @example
 * ```ts
 * import type { ManagerResources } from "clientele/accounts";
 * const r: ManagerResources = { budget: 50_000, supportStaff: 2, tools: ["CRM"] };
 * ```
 * @category Relationship managers
 */
export interface ManagerResources {
  /** Yearly budget, ≥ 0, in the firm's currency. */
  readonly budget?: number | undefined;
  /** Support staff (integer ≥ 0). */
  readonly supportStaff?: number | undefined;
  /** Tools and systems. */
  readonly tools?: readonly string[] | undefined;
}

/**
 * A relationship (key-account) manager: how many accounts they can handle and what the general manager set
 * for them (responsibilities, evaluation criteria, resources).
 *
 * @example
 * ```ts
 * import type { RelationshipManager } from "clientele/accounts";
 * const m: RelationshipManager = {
 *   managerId: "ana", capacity: 3, reportsTo: "gm", responsibilities: ["grow share of wallet"],
 *   evaluationCriteria: [{ criterion: "retention", weight: 1 }], resources: { budget: 20_000 },
 * };
 * ```
 * @category Relationship managers
 */
export interface RelationshipManager {
  /** The manager's id. */
  readonly managerId: string;
  /** A display name. */
  readonly name?: string | undefined;
  /** Most key accounts the manager may hold at once: an integer ≥ 1. */
  readonly capacity: number;
  /** The general manager's id: the reporting line. */
  readonly reportsTo: string;
  /** Responsibilities the general manager set. */
  readonly responsibilities: readonly string[];
  /** How the manager is evaluated; weights sum to 1 when the list is not empty. */
  readonly evaluationCriteria: readonly EvaluationCriterion[];
  /** What the manager has to work with. */
  readonly resources: ManagerResources;
}

/**
 * The general manager who directs the relationship managers.
 *
 * @example
 * ```ts
 * import type { GeneralManager } from "clientele/accounts";
 * const gm: GeneralManager = { managerId: "gm", name: "Grace" };
 * ```
 * @category Relationship managers
 */
export interface GeneralManager {
  /** The general manager's id. */
  readonly managerId: string;
  /** A display name. */
  readonly name?: string | undefined;
}

/**
 * A key-account team: the general manager and the relationship managers who report to them.
 *
 * @example
 * ```ts
 * import type { AccountTeam } from "clientele/accounts";
 * const team: AccountTeam = { generalManager: { managerId: "gm" }, managers: [] };
 * ```
 * @category Relationship managers
 */
export interface AccountTeam {
  /** The general manager. */
  readonly generalManager: GeneralManager;
  /** The relationship managers (ids distinct). */
  readonly managers: readonly RelationshipManager[];
}

const nonNegative = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

/**
 * Schema of an {@link AccountTeam} (shape only; {@link defineAccountTeam} adds the cross-checks).
 *
 * @example
 * ```ts
 * import { AccountTeamSchema } from "clientele/accounts";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", AccountTeamSchema, { generalManager: { managerId: "gm" }, managers: [] }).managers; // => []
 * ```
 * @category Relationship managers
 */
export const AccountTeamSchema: z.ZodMiniType<AccountTeam, AccountTeam> = /* @__PURE__ */ z.strictObject({
  generalManager: /* @__PURE__ */ z.strictObject({
    managerId: LabelSchema,
    name: /* @__PURE__ */ z.optional(LabelSchema),
  }),
  managers: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      managerId: LabelSchema,
      name: /* @__PURE__ */ z.optional(LabelSchema),
      capacity: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1)),
      reportsTo: LabelSchema,
      responsibilities: /* @__PURE__ */ z.array(LabelSchema),
      evaluationCriteria: /* @__PURE__ */ z.array(
        /* @__PURE__ */ z.strictObject({
          criterion: LabelSchema,
          weight: nonNegative,
          target: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number()),
        }),
      ),
      resources: /* @__PURE__ */ z.strictObject({
        budget: /* @__PURE__ */ z.optional(nonNegative),
        supportStaff: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0))),
        tools: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(LabelSchema)),
      }),
    }),
  ),
});

/**
 * Validates a key-account team: its shape, distinct manager ids (none equal to the general manager's),
 * every manager reporting to the general manager, and each manager's evaluation weights summing to 1.
 *
 * @param team - The team, untrusted.
 * @returns The validated team (a new object; the input is not mutated).
 * @throws {@link ClienteleInputError} `invalid_input` with paths such as `team.managers[1].reportsTo`,
 * `team.managers[0].evaluationCriteria` (weights not summing to 1) or `team.managers[2].managerId` (repeated).
 * @example
 * ```ts
 * import { defineAccountTeam } from "clientele/accounts";
 * const team = defineAccountTeam({
 *   generalManager: { managerId: "gm" },
 *   managers: [{
 *     managerId: "ana", capacity: 2, reportsTo: "gm", responsibilities: ["key-account plans"],
 *     evaluationCriteria: [{ criterion: "retention", weight: 0.5 }, { criterion: "profit", weight: 0.5 }],
 *     resources: { budget: 10_000 },
 *   }],
 * });
 * team.managers[0]?.capacity; // => 2
 * ```
 * @category Relationship managers
 */
export function defineAccountTeam(team: AccountTeam): AccountTeam {
  const parsed = parseInput("defineAccountTeam", AccountTeamSchema, team, ["team"]);
  const issues: ClienteleIssue[] = [];
  const gm = parsed.generalManager.managerId;
  const seen = new Set<string>([gm]);
  parsed.managers.forEach((m, i) => {
    if (seen.has(m.managerId)) {
      issues.push({
        code: "duplicate_id",
        path: ["team", "managers", i, "managerId"],
        message: `duplicate manager id ${JSON.stringify(m.managerId)}`,
      });
    }
    seen.add(m.managerId);
    if (m.reportsTo !== gm) {
      issues.push({
        code: "invalid_value",
        path: ["team", "managers", i, "reportsTo"],
        message: `expected the general manager ${JSON.stringify(gm)}, received ${JSON.stringify(m.reportsTo)}`,
      });
    }
    if (m.evaluationCriteria.length > 0) {
      const sum = m.evaluationCriteria.reduce((s, c) => s + c.weight, 0);
      if (Math.abs(sum - 1) > 1e-9) {
        issues.push({
          code: "invalid_value",
          path: ["team", "managers", i, "evaluationCriteria"],
          message: `expected weights summing to 1, received sum ${sum}`,
        });
      }
    }
  });
  if (issues.length > 0) throw new ClienteleInputError("defineAccountTeam: invalid input", { issues });
  return parsed;
}
