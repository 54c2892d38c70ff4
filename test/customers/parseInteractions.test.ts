import { describe, expect, it } from "vitest";
import { parseInteractions } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("parseInteractions", () => {
  const good = {
    customerId: "a",
    timestamp: "1997-02-01",
    kind: "call",
    channel: "phone",
    direction: "inbound" as const,
  };
  const bad = {
    customerId: "a",
    timestamp: "1997-02-01",
    kind: "call",
    channel: "phone",
    direction: "up" as "inbound",
  };
  it("parses a valid batch", () => {
    expect(parseInteractions([good])).toHaveLength(1);
  });
  it("names every bad row by index and field, or collects it", () => {
    const e = expectClienteleError(() => parseInteractions([good, bad]), "invalid_input");
    expect(issuePaths(e)).toEqual(["rows[1].direction"]);
    expect(e.message.startsWith("parseInteractions: invalid input in 1 of 2 rows")).toBe(true);
    const r = parseInteractions([good, bad], { onInvalid: "collect" });
    expect(r.valid).toHaveLength(1);
    expect(r.rejected.map((x) => x.index)).toEqual([1]);
  });
});
