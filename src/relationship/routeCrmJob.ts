import type { LifecycleStageName } from "../lifecycle/lifecycleStage.ts";
import type { CrmJob } from "./CrmJobFacts.ts";

/**
 * The routing of {@link routeCrmJob}, in order: the first condition that holds decides the job.
 *
 * @example
 * ```ts
 * import { crmJobPrecedence } from "clientele/relationship";
 * crmJobPrecedence.map((p) => p.job); // => ["termination", "complaint-management", "termination", "win-back", "new-customer", "switching-prevention", "retention"]
 * ```
 * @category CRM jobs
 */
export const crmJobPrecedence: readonly {
  /** The job. */
  readonly job: CrmJob;
  /** Its condition, in words. */
  readonly when: string;
}[] = /* @__PURE__ */ Object.freeze([
  { job: "termination", when: 'the termination decision is "terminate"' },
  { job: "complaint-management", when: 'the lifecycle stage is "complaining" (a complaint is open)' },
  { job: "termination", when: 'the termination decision is "correct"' },
  { job: "win-back", when: 'the lifecycle stage is "lapsed" or "terminated"' },
  { job: "new-customer", when: 'the lifecycle stage is "new"' },
  { job: "switching-prevention", when: 'the lifecycle stage is "at-risk"' },
  { job: "retention", when: 'otherwise ("active", "won-back")' },
] as const);

/**
 * What {@link routeCrmJob} returns.
 *
 * @example
 * ```ts
 * import type { CrmJobRoute } from "clientele/relationship";
 * const r: CrmJobRoute = { job: "win-back", rank: 3, reason: 'the lifecycle stage is "lapsed" or "terminated"' };
 * ```
 * @category CRM jobs
 */
export interface CrmJobRoute {
  /** The job. */
  readonly job: CrmJob;
  /** The index of the deciding entry of {@link crmJobPrecedence}. */
  readonly rank: number;
  /** The deciding condition, in words. */
  readonly reason: string;
}

/**
 * Routes a customer to the one CRM job that fits now, from the lifecycle stage and the termination
 * decision, by {@link crmJobPrecedence}.
 *
 * @remarks
 * Ending a relationship overrides everything; an open complaint is handled before a correction (a
 * relationship is corrected once the complaint is settled); then the lifecycle decides: recovery for
 * lapsed and ended relationships, onboarding for new customers, switching prevention for customers at
 * risk, retention for the rest. Without a termination decision (`null`: it could not be computed), its
 * two entries do not apply.
 *
 * @param stage - The lifecycle stage (`lifecycleStage` of clientele/lifecycle).
 * @param decision - The termination decision, or `null`.
 * @returns The job, the rank of the deciding entry and its condition.
 * @example
 * ```ts
 * import { routeCrmJob } from "clientele/relationship";
 * routeCrmJob("complaining", "correct").job; // => "complaint-management"
 * routeCrmJob("active", "correct").job; // => "termination"
 * routeCrmJob("at-risk", null).job; // => "switching-prevention"
 * ```
 * @category CRM jobs
 */
export function routeCrmJob(stage: LifecycleStageName, decision: "keep" | "correct" | "terminate" | null): CrmJobRoute {
  const rank =
    decision === "terminate"
      ? 0
      : stage === "complaining"
        ? 1
        : decision === "correct"
          ? 2
          : stage === "lapsed" || stage === "terminated"
            ? 3
            : stage === "new"
              ? 4
              : stage === "at-risk"
                ? 5
                : 6;
  const entry = crmJobPrecedence[rank]!;
  return { job: entry.job, rank, reason: entry.when };
}
