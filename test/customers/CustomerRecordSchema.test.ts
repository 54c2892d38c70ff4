import { describe, expect, it } from "vitest";
import { CustomerRecordSchema, groupByCustomer } from "../../src/customers/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const empty = { interactions: [], serviceFailures: [], complaints: [], surveyResponses: [], incidents: [] };

describe("CustomerRecordSchema", () => {
  it("round-trips a record built by groupByCustomer through JSON", () => {
    const [record] = groupByCustomer({
      customers: [{ id: "a", acquiredAt: "1997-01-01" }],
      transactions: [{ customerId: "a", timestamp: "1997-01-02", amount: 7 }],
    });
    const back = parseInput("load", CustomerRecordSchema, JSON.parse(JSON.stringify(record)));
    expect(back).toEqual(record);
  });
  it("rejects events and a customer that belong to another customer id", () => {
    const e = expectClienteleError(
      () =>
        parseInput("load", CustomerRecordSchema, {
          customerId: "a",
          customer: { id: "b" },
          transactions: [{ customerId: "z", timestamp: "1997-01-02", amount: 7 }],
          ...empty,
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["customer.id", "transactions[0].customerId"]);
    expect(e.issues[1]?.message).toBe('expected customerId "a" (the record\'s), received "z"');
  });
  it("takes a record stored before bonds and loyalty events existed, and gives both as empty lists", () => {
    const r = parseInput("load", CustomerRecordSchema, { customerId: "a", transactions: [], ...empty });
    expect(r.bonds).toEqual([]);
    expect(r.loyaltyEvents).toEqual([]);
  });
  it("checks that bonds and loyalty events belong to the record's customer", () => {
    const e = expectClienteleError(
      () =>
        parseInput("load", CustomerRecordSchema, {
          customerId: "a",
          transactions: [],
          ...empty,
          bonds: [{ customerId: "b", level: "social", kind: "club", start: "2024-01-01" }],
          loyaltyEvents: [{ customerId: "c", timestamp: "2024-01-01", type: "accrual", points: 5 }],
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["bonds[0].customerId", "loyaltyEvents[0].customerId"]);
  });
  it("requires every list but bonds and loyalty events", () => {
    const e = expectClienteleError(
      () => parseInput("load", CustomerRecordSchema, { customerId: "a", transactions: [] }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual([
      "complaints",
      "incidents",
      "interactions",
      "serviceFailures",
      "surveyResponses",
    ]);
  });
});
