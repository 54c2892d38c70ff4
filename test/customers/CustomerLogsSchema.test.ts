import { describe, expect, it } from "vitest";
import { CustomerLogsSchema } from "../../src/customers/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("CustomerLogsSchema", () => {
  it("accepts any subset of the logs", () => {
    expect(parseInput("f", CustomerLogsSchema, {})).toEqual({});
    expect(parseInput("f", CustomerLogsSchema, { customers: [{ id: 1 }] }).customers).toEqual([{ id: "1" }]);
  });
  it("rejects a log that is not an array and an unknown log name", () => {
    expect(
      issuePaths(
        expectClienteleError(() => parseInput("f", CustomerLogsSchema, { transactions: {} }), "invalid_input"),
      ),
    ).toEqual(["transactions"]);
    expect(
      expectClienteleError(() => parseInput("f", CustomerLogsSchema, { orders: [] }), "invalid_input").issues[0]?.code,
    ).toBe("unrecognized_keys");
  });
});
