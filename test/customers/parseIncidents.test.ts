import { describe, expect, it } from "vitest";
import { parseIncidents } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("parseIncidents", () => {
  const good = { customerId: "a", timestamp: "1997-04-01", kind: "fraud" as const, staffHours: 1 };
  const bad = { customerId: "a", timestamp: "1997-04-01", kind: "fraud" as const, staffHours: -1 };
  it("parses a valid batch", () => {
    expect(parseIncidents([good])).toHaveLength(1);
  });
  it("names every bad row by index and field, or collects it", () => {
    const e = expectClienteleError(() => parseIncidents([good, bad]), "invalid_input");
    expect(issuePaths(e)).toEqual(["rows[1].staffHours"]);
    expect(e.message.startsWith("parseIncidents: invalid input in 1 of 2 rows")).toBe(true);
    const r = parseIncidents([good, bad], { onInvalid: "collect" });
    expect(r.valid).toHaveLength(1);
    expect(r.rejected.map((x) => x.index)).toEqual([1]);
  });
});
