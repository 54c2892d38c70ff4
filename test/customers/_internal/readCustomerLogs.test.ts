import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParse } from "zod/v4/core";
import { readCustomerLogs } from "../../../src/customers/_internal/readCustomerLogs.ts";
import { CustomerLogsSchema } from "../../../src/customers/CustomerLogsSchema.ts";
import { isClienteleError } from "../../../src/errors/ClienteleError.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("readCustomerLogs", () => {
  it("accepts and rejects what CustomerLogsSchema does, with the same result (property)", () => {
    const transaction = fc.record(
      {
        customerId: fc.oneof(fc.constantFrom("a", "b", ""), fc.integer({ min: -1, max: 3 })),
        timestamp: fc.constantFrom("2024-01-01", "2024-13-01", 5),
        amount: fc.oneof(fc.double({ min: -1, max: 10, noNaN: true }), fc.constant("x")),
      },
      { requiredKeys: ["customerId", "timestamp"] },
    );
    const customer = fc.record({ id: fc.constantFrom("a", "b", 7, null) });
    const logs = fc.record(
      {
        transactions: fc.array(transaction, { maxLength: 4 }),
        customers: fc.array(customer, { maxLength: 3 }),
        extra: fc.constant(1),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(logs, (input) => {
        const reference = safeParse(CustomerLogsSchema, input);
        let ours: unknown;
        try {
          ours = readCustomerLogs("f", input);
        } catch (error) {
          if (!isClienteleError(error, "invalid_input")) throw error;
          expect(reference.success).toBe(false);
          return;
        }
        expect(reference.success).toBe(true);
        expect(ours).toEqual(reference.data);
      }),
    );
  });

  it("reports 300,000 bad rows as one bounded invalid_input error, not a stack overflow", () => {
    const rows = Array.from({ length: 300_000 }, () => ({ timestamp: "2024-01-01", amount: 5 }));
    const error = expectClienteleError(
      () => readCustomerLogs("groupByCustomer", { transactions: rows }),
      "invalid_input",
    );
    expect(error.issueCount).toBe(300_000);
    expect(error.issues).toHaveLength(10_000);
    expect(error.message.length).toBeLessThan(2_000);
    expect(issuePaths(error)[0]).toBe("transactions[0].customerId");
  });

  it("names unknown lists and a non-object input", () => {
    const e = expectClienteleError(() => readCustomerLogs("f", { purchases: [] }), "invalid_input");
    expect(e.issues[0]?.message).toBe('unknown key "purchases"');
    expect(expectClienteleError(() => readCustomerLogs("f", [1]), "invalid_input").issues[0]?.message).toBe(
      "expected object, received array",
    );
  });
});
