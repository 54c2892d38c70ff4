import { describe, expect, it } from "vitest";
import { ServiceFailureSchema } from "../../src/customers/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("ServiceFailureSchema", () => {
  it("accepts a failure with severity and optional category", () => {
    const f = parseInput("f", ServiceFailureSchema, {
      customerId: 1,
      timestamp: "1997-03-01",
      severity: "major",
      category: "delivery",
    });
    expect(f).toEqual({
      customerId: "1",
      timestamp: new Date("1997-03-01T00:00:00Z"),
      severity: "major",
      category: "delivery",
    });
  });
  it("rejects a missing severity and a bad timestamp", () => {
    const e = expectClienteleError(
      () => parseInput("f", ServiceFailureSchema, { customerId: 1, timestamp: "soon" }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["severity", "timestamp"]);
  });
});
