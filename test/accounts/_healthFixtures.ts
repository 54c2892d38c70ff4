import type { HealthObservationInput } from "../../src/accounts/index.ts";

const o = (
  accountId: string,
  timestamp: string,
  metric: HealthObservationInput["metric"],
  value: number,
): HealthObservationInput => ({ accountId, timestamp, metric, value });

/** A year of quarterly health for "acme" (and revenue for "bolt"), checked by hand in the tests. */
export const observations: HealthObservationInput[] = [
  // Q1: revenue 1,000, profit 200, satisfaction mean 8.5, 1 complaint, bond level 2 then 3 (last: 3)
  o("acme", "2024-01-15", "revenue", 600),
  o("acme", "2024-02-15", "revenue", 400),
  o("acme", "2024-03-31", "profit", 200),
  o("acme", "2024-02-01", "satisfaction", 8),
  o("acme", "2024-03-01", "satisfaction", 9),
  o("acme", "2024-03-10", "complaints", 1),
  o("acme", "2024-03-20", "bondLevel", 3),
  o("acme", "2024-02-01", "bondLevel", 2),
  // Q2: revenue 780 (−22 %), profit 170 (−15 %), satisfaction 7, 3 complaints, bond level 2, 1 risk finding
  o("acme", "2024-05-15", "revenue", 780),
  o("acme", "2024-06-30", "profit", 170),
  o("acme", "2024-06-01", "satisfaction", 7),
  o("acme", "2024-04-02", "complaints", 1),
  o("acme", "2024-05-02", "complaints", 2),
  o("acme", "2024-06-20", "bondLevel", 2),
  o("acme", "2024-06-20", "riskFindings", 1),
  // Q3: revenue 800, a loss of 10, no survey, no bond observation, 2 risk findings
  o("acme", "2024-08-15", "revenue", 800),
  o("acme", "2024-09-30", "profit", -10),
  o("acme", "2024-09-30", "riskFindings", 2),
  // Q4: nothing for acme; bolt's revenue; one observation after the range
  o("bolt", "2024-11-11", "revenue", 50),
  o("bolt", "2025-01-02", "revenue", 50),
];
