import { describe, expect, it } from "vitest";
import { parseBondInstruments } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("parseBondInstruments", () => {
  const good = { customerId: "a", level: "financial" as const, kind: "stamp-card", start: "2024-01-01" };
  const bad = { ...good, end: "2023-12-31" };
  it("parses a valid batch, and names or collects bad rows", () => {
    expect(parseBondInstruments([good])).toHaveLength(1);
    const e = expectClienteleError(() => parseBondInstruments([good, bad]), "invalid_input");
    expect(issuePaths(e)).toEqual(["rows[1].end"]);
    const r = parseBondInstruments([good, bad], { onInvalid: "collect" });
    expect(r.valid).toHaveLength(1);
    expect(r.rejected.map((x) => x.index)).toEqual([1]);
  });
});
