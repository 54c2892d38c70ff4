import { describe, expect, it } from "vitest";
import { ComplaintOutcomeSchema, ComplaintSchema } from "../../src/customers/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const base = { customerId: "a", openedAt: "1997-03-01T10:00:00Z", severity: "minor" };

describe("ComplaintSchema", () => {
  it("accepts an unresolved complaint without resolvedAt and resolved ones with it", () => {
    expect(parseInput("f", ComplaintSchema, { ...base, outcome: "unresolved" }).resolvedAt).toBeUndefined();
    const c = parseInput("f", ComplaintSchema, {
      ...base,
      outcome: "resolved-quickly",
      resolvedAt: "1997-03-01T12:00:00Z",
    });
    expect(c.resolvedAt?.toISOString()).toBe("1997-03-01T12:00:00.000Z");
  });
  it("requires resolvedAt for a resolved complaint", () => {
    const e = expectClienteleError(
      () => parseInput("f", ComplaintSchema, { ...base, outcome: "resolved" }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["resolvedAt"]);
    expect(e.issues[0]?.message).toBe('missing resolvedAt (required when outcome is "resolved")');
  });
  it("rejects resolvedAt on an unresolved complaint and resolvedAt before openedAt", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => parseInput("f", ComplaintSchema, { ...base, outcome: "unresolved", resolvedAt: "1997-03-02" }),
          "invalid_input",
        ),
      ),
    ).toEqual(["resolvedAt"]);
    const e = expectClienteleError(
      () => parseInput("f", ComplaintSchema, { ...base, outcome: "resolved", resolvedAt: "1997-02-28" }),
      "invalid_input",
    );
    expect(e.issues[0]?.message).toBe('expected date ≥ openedAt (1997-03-01T10:00:00.000Z), received "1997-02-28"');
  });
});

describe("ComplaintOutcomeSchema", () => {
  it("accepts the three outcomes", () => {
    for (const o of ["unresolved", "resolved", "resolved-quickly"])
      expect(parseInput("f", ComplaintOutcomeSchema, o)).toBe(o);
    expectClienteleError(() => parseInput("f", ComplaintOutcomeSchema, "closed"), "invalid_input");
  });
});
