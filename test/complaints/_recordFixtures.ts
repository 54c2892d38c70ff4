import fc from "fast-check";
import type { CustomerRecord } from "../../src/customers/index.ts";
import { groupByCustomer } from "../../src/customers/index.ts";

const t = (customerId: string, timestamp: string) => ({ customerId, timestamp, amount: 10 });
const failure = (customerId: string, timestamp: string) => ({ customerId, timestamp, severity: "minor" as const });

/**
 * The hand-checked scenario of estimateRepurchaseTree's tests, the example and the guide: asOf 2024-12-31,
 * window 90 days, so customers are classified at the cutoff 2024-10-02 and "bought again" means a purchase
 * in (2024-10-02, 2024-12-31]. Customer by customer:
 * - e has no event at all → left out (without events); n3 started 2024-10-15 → left out (after the cutoff).
 * - n1 bought 11-01 → noFailure, yes; n2 not since 02-01 → noFailure, no; f3's failure on 12-01 is after
 *   the cutoff, so f3 is noFailure, and bought 12-01 → yes.
 * - f1 failure 03-05, bought 12-01 → notComplained, yes; f2 failure 03-05, last purchase 07-01 → no.
 * - q1 complaint 05-03 resolved quickly 05-04, bought at the cutoff (not after it) and on asOf (the end is
 *   inclusive) → resolvedQuickly, yes; q2 likewise, but only the purchase at the cutoff → no.
 * - r1 complaint 02-01 resolved 03-15, bought 11-15 → resolved, yes.
 * - u1 complaint 02-01 unresolved (a second one, opened 2025-02-01, is after asOf), no purchase → unresolved,
 *   no; u2 complaint 08-01 "resolved" only on 2025-01-15, after asOf → unresolved at asOf, bought 12-20 → yes.
 * Counts: noFailure 3 (2 bought), notComplained 2 (1), resolvedQuickly 2 (1), resolved 1 (1), unresolved 2 (1);
 * 10 classified, 6 bought again.
 */
export function scenarioRecords(): CustomerRecord[] {
  return groupByCustomer({
    customers: [{ id: "e" }],
    transactions: [
      t("n1", "2024-01-10"),
      t("n1", "2024-11-01"),
      t("n2", "2024-02-01"),
      t("n3", "2024-10-15"),
      t("f1", "2024-03-01"),
      t("f1", "2024-12-01"),
      t("f2", "2024-03-01"),
      t("f2", "2024-07-01"),
      t("f3", "2024-06-01"),
      t("f3", "2024-12-01"),
      t("q1", "2024-05-01"),
      t("q1", "2024-10-02"),
      t("q1", "2024-12-31"),
      t("q2", "2024-05-01"),
      t("q2", "2024-10-02"),
      t("r1", "2024-01-01"),
      t("r1", "2024-11-15"),
      t("u1", "2024-01-01"),
      t("u2", "2024-01-01"),
      t("u2", "2024-12-20"),
    ],
    serviceFailures: [
      failure("f1", "2024-03-05"),
      failure("f2", "2024-03-05"),
      failure("f3", "2024-12-01"),
      failure("q1", "2024-05-02"),
    ],
    complaints: [
      {
        customerId: "q1",
        openedAt: "2024-05-03",
        resolvedAt: "2024-05-04",
        severity: "minor",
        outcome: "resolved-quickly",
      },
      {
        customerId: "q2",
        openedAt: "2024-05-03",
        resolvedAt: "2024-05-03",
        severity: "minor",
        outcome: "resolved-quickly",
      },
      { customerId: "r1", openedAt: "2024-02-01", resolvedAt: "2024-03-15", severity: "major", outcome: "resolved" },
      { customerId: "u1", openedAt: "2024-02-01", severity: "major", outcome: "unresolved" },
      { customerId: "u1", openedAt: "2025-02-01", severity: "minor", outcome: "unresolved" },
      { customerId: "u2", openedAt: "2024-08-01", resolvedAt: "2025-01-15", severity: "major", outcome: "resolved" },
    ],
  });
}

const DAY = 86_400_000;
const FIRST = Date.UTC(2023, 0, 1);

/** Random validated records whose events fall in 2023-01-01 … 2024-12-30 (so asOf 2024-12-31 is after every start). */
export const recordsArbitrary: fc.Arbitrary<CustomerRecord[]> = fc
  .array(
    fc.record({
      tx: fc.array(fc.integer({ min: 0, max: 729 }), { minLength: 1, maxLength: 6 }),
      failures: fc.array(fc.integer({ min: 0, max: 729 }), { maxLength: 2 }),
      complaints: fc.array(
        fc.record({
          day: fc.integer({ min: 0, max: 729 }),
          outcome: fc.constantFrom("unresolved", "resolved", "resolved-quickly" as const),
          after: fc.integer({ min: 0, max: 60 }),
        }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 25 },
  )
  .map((customers) =>
    customers.map((c, i): CustomerRecord => {
      const customerId = `c${i}`;
      const at = (d: number) => new Date(FIRST + d * DAY);
      return {
        customerId,
        transactions: c.tx.map((d) => ({ customerId, timestamp: at(d), amount: 1 })),
        interactions: [],
        serviceFailures: c.failures.map((d) => ({ customerId, timestamp: at(d), severity: "major" })),
        complaints: c.complaints.map((k) =>
          k.outcome === "unresolved"
            ? { customerId, openedAt: at(k.day), severity: "minor", outcome: k.outcome }
            : {
                customerId,
                openedAt: at(k.day),
                resolvedAt: at(k.day + k.after),
                severity: "minor",
                outcome: k.outcome,
              },
        ),
        surveyResponses: [],
        incidents: [],
        bonds: [],
        loyaltyEvents: [],
      };
    }),
  );
