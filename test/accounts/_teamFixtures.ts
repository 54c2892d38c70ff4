import type { AccountTeam } from "../../src/accounts/index.ts";

/** A general manager and two relationship managers: ana holds at most 2 key accounts, ben at most 1. */
export const team: AccountTeam = {
  generalManager: { managerId: "gm", name: "Grace" },
  managers: [
    {
      managerId: "ana",
      capacity: 2,
      reportsTo: "gm",
      responsibilities: ["annual account plans", "executive contacts"],
      evaluationCriteria: [
        { criterion: "account profit growth", weight: 0.6, target: 0.1 },
        { criterion: "retention", weight: 0.4 },
      ],
      resources: { budget: 40_000, supportStaff: 1 },
    },
    {
      managerId: "ben",
      capacity: 1,
      reportsTo: "gm",
      responsibilities: ["annual account plans"],
      evaluationCriteria: [{ criterion: "retention", weight: 1 }],
      resources: { budget: 15_000, tools: ["CRM"] },
    },
  ],
};
