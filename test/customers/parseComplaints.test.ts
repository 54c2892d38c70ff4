import { describe, expect, it } from "vitest";
import { parseComplaints } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("parseComplaints", () => {
  const good = { customerId: "a", openedAt: "1997-03-01", severity: "major" as const, outcome: "unresolved" as const };
  const bad = { customerId: "a", openedAt: "1997-03-01", severity: "major" as const, outcome: "resolved" as const };
  it("parses a valid batch", () => {
    expect(parseComplaints([good])).toHaveLength(1);
  });
  it("names every bad row by index and field, or collects it", () => {
    const e = expectClienteleError(() => parseComplaints([good, bad]), "invalid_input");
    expect(issuePaths(e)).toEqual(["rows[1].resolvedAt"]);
    expect(e.message.startsWith("parseComplaints: invalid input in 1 of 2 rows")).toBe(true);
    const r = parseComplaints([good, bad], { onInvalid: "collect" });
    expect(r.valid).toHaveLength(1);
    expect(r.rejected.map((x) => x.index)).toEqual([1]);
  });
});
