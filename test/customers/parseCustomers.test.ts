import { describe, expect, it } from "vitest";
import { parseCustomers } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("parseCustomers", () => {
  const good = { id: "a" };
  const bad = { id: "" };
  it("parses a valid batch", () => {
    expect(parseCustomers([good])).toHaveLength(1);
  });
  it("names every bad row by index and field, or collects it", () => {
    const e = expectClienteleError(() => parseCustomers([good, bad]), "invalid_input");
    expect(issuePaths(e)).toEqual(["rows[1].id"]);
    expect(e.message.startsWith("parseCustomers: invalid input in 1 of 2 rows")).toBe(true);
    const r = parseCustomers([good, bad], { onInvalid: "collect" });
    expect(r.valid).toHaveLength(1);
    expect(r.rejected.map((x) => x.index)).toEqual([1]);
  });
});
