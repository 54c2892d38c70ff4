import type { AccountPlan, PlanEvent } from "../../src/accounts/index.ts";

/** A 2025 plan for the account "acme": two objectives (customer market; logistics alliance), four milestones. */
export const plan: AccountPlan = {
  accountId: "acme",
  year: 2025,
  manager: { managerId: "ana", reportsTo: "gm" },
  longTermGoals: [{ goalId: "g1", description: "sole packaging supplier by 2028", horizonYears: 4 }],
  objectives: [
    {
      objectiveId: "o1",
      description: "raise share of wallet to 40 %",
      goalId: "g1",
      measure: "share of wallet",
      target: 0.4,
    },
    {
      objectiveId: "o2",
      description: "next-day delivery to every plant",
      market: "supplier-alliance",
      stakeholderId: "logistics",
    },
  ],
  strategy: "become part of acme's production planning",
  actions: [
    { actionId: "a1", objectiveId: "o1", description: "quarterly business reviews", owner: "ana", budget: 6000 },
    { actionId: "a2", objectiveId: "o2", description: "joint route planning", owner: "ops", budget: 3000 },
  ],
  milestones: [
    { milestoneId: "m1", objectiveId: "o1", description: "first review", owner: "ana", due: "2025-03-31" },
    { milestoneId: "m2", objectiveId: "o1", description: "framework offer sent", owner: "ana", due: "2025-06-15" },
    { milestoneId: "m3", objectiveId: "o2", description: "partner contract", owner: "ops", due: "2025-05-31" },
    {
      milestoneId: "m4",
      objectiveId: "o2",
      description: "all plants served next-day",
      owner: "ops",
      due: "2025-10-31",
    },
  ],
  budget: 10_000,
  evaluationCriteria: [
    { criterion: "share of wallet", weight: 0.7, target: 0.4 },
    { criterion: "milestones on time", weight: 0.3 },
  ],
  stakeholders: [
    { stakeholderId: "buyer", market: "customer", objectives: [{ description: "renew the framework contract" }] },
    { stakeholderId: "logistics", market: "supplier-alliance", objectives: [{ description: "next-day delivery" }] },
  ],
};

/** What happened by mid-year (two events fall after 2025-06-30). */
export const events: PlanEvent[] = [
  { kind: "spend", amount: 2500, date: "2025-02-10", actionId: "a1" },
  { kind: "milestone-done", milestoneId: "m1", date: "2025-04-03" },
  { kind: "spend", amount: 1200, date: "2025-05-01", objectiveId: "o2" },
  { kind: "milestone-done", milestoneId: "m3", date: "2025-05-20" },
  { kind: "spend", amount: 300, date: "2025-06-01" },
  { kind: "spend", amount: 999, date: "2025-07-15", actionId: "a1" },
  { kind: "milestone-done", milestoneId: "m4", date: "2025-08-01" },
];
