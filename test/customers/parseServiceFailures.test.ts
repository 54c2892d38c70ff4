import { describe, expect, it } from "vitest";
import { parseServiceFailures } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("parseServiceFailures", () => {
  const good = { customerId: "a", timestamp: "1997-03-01", severity: "minor" as const };
  const bad = { customerId: "a", timestamp: "1997-03-01", severity: "fatal" as "minor" };
  it("parses a valid batch", () => {
    expect(parseServiceFailures([good])).toHaveLength(1);
  });
  it("names every bad row by index and field, or collects it", () => {
    const e = expectClienteleError(() => parseServiceFailures([good, bad]), "invalid_input");
    expect(issuePaths(e)).toEqual(["rows[1].severity"]);
    expect(e.message.startsWith("parseServiceFailures: invalid input in 1 of 2 rows")).toBe(true);
    const r = parseServiceFailures([good, bad], { onInvalid: "collect" });
    expect(r.valid).toHaveLength(1);
    expect(r.rejected.map((x) => x.index)).toEqual([1]);
  });
});
