import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSimulationCustomers } from "../../../src/simulation/_internal/readSimulationCustomers.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("readSimulationCustomers", () => {
  it("reads ids as strings and purchase times sorted, the same from Dates, ISO strings and objects the fast pass leaves to zod", () => {
    const dates = [
      { customerId: 3, transactions: [{ timestamp: new Date("2024-02-01") }, { timestamp: new Date("2024-01-01") }] },
    ];
    const strings = [
      { customerId: "3", transactions: [{ timestamp: "2024-02-01" }, { timestamp: "2024-01-01T00:00:00Z" }] },
    ];
    class Row {
      constructor(readonly timestamp: Date) {}
    }
    const mixed = [{ customerId: "3", transactions: [new Row(new Date("2024-02-01")), { timestamp: "2024-01-01" }] }];
    const expected = { ids: ["3"], purchases: [[Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1)]] };
    expect(readSimulationCustomers("f", dates, "customers")).toEqual(expected);
    expect(readSimulationCustomers("f", strings, "customers")).toEqual(expected);
    expect(readSimulationCustomers("f", mixed, "customers")).toEqual(expected);
  });

  it("gives the fast pass's result or the schema's error for any list of small customers (arbitrary ids and times)", () => {
    const customer = fc.record({
      customerId: fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -2, max: 5 })),
      transactions: fc.array(
        fc.record({ timestamp: fc.oneof(fc.date({ noInvalidDate: false }), fc.constantFrom("2024-01-01", "bad")) }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(fc.array(customer, { maxLength: 4 }), (customers) => {
        let read: ReturnType<typeof readSimulationCustomers> | undefined;
        try {
          read = readSimulationCustomers("f", customers, "customers");
        } catch (e) {
          expect((e as { code?: string }).code).toBe("invalid_input");
          return;
        }
        expect(read.ids).toEqual(customers.map((c) => String(c.customerId)));
        read.purchases.forEach((p, i) => {
          expect(p).toHaveLength(customers[i]!.transactions.length);
          expect(p.every((t, k) => k === 0 || p[k - 1]! <= t)).toBe(true);
          expect(p.every(Number.isFinite)).toBe(true);
        });
      }),
    );
  });

  it("reports bad customers with their paths under the given name, and repeated ids", () => {
    const e = expectClienteleError(
      () =>
        readSimulationCustomers("f", [{ customerId: -1, transactions: [{ timestamp: new Date(Number.NaN) }] }], "xs"),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["xs[0].customerId", "xs[0].transactions[0].timestamp"]);
    const d = expectClienteleError(
      () =>
        readSimulationCustomers(
          "f",
          [
            { customerId: 1, transactions: [] },
            { customerId: "1", transactions: [] },
          ],
          "xs",
        ),
      "invalid_input",
    );
    expect(issuePaths(d)).toEqual(["xs[1].customerId"]);
  });
});
