import { describe, expect, it } from "vitest";
import { parseLoyaltyEvents } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("parseLoyaltyEvents", () => {
  const good = { customerId: "a", timestamp: "2024-02-01", type: "accrual" as const, points: 50 };
  const bad = { ...good, points: -50 };
  it("parses a valid batch, and names or collects bad rows", () => {
    expect(parseLoyaltyEvents([good])).toHaveLength(1);
    const e = expectClienteleError(() => parseLoyaltyEvents([good, bad]), "invalid_input");
    expect(issuePaths(e)).toEqual(["rows[1].points"]);
    const r = parseLoyaltyEvents([good, bad], { onInvalid: "collect" });
    expect(r.valid).toHaveLength(1);
    expect(r.rejected.map((x) => x.index)).toEqual([1]);
  });
});
