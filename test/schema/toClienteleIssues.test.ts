import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { safeParse } from "zod/v4/core";
import { toClienteleIssues } from "../../src/schema/index.ts";

function issuesOf(schema: Parameters<typeof safeParse>[0], input: unknown) {
  const r = safeParse(schema, input);
  if (r.success) throw new Error("expected a failure");
  return toClienteleIssues(r.error.issues, input);
}

describe("toClienteleIssues", () => {
  it("says which type was expected and which was received, never copying zod's message", () => {
    const [issue] = issuesOf(z.object({ n: z.number() }), { n: "7" });
    expect(issue).toMatchObject({ code: "invalid_type", path: ["n"], message: "expected number, received string" });
  });
  it("names NaN and Infinity explicitly", () => {
    expect(issuesOf(z.number(), Number.NaN)[0]?.message).toBe("expected number, received NaN");
    expect(issuesOf(z.number(), Number.POSITIVE_INFINITY)[0]?.message).toBe("expected number, received Infinity");
  });
  it("reports a missing field as missing", () => {
    expect(issuesOf(z.object({ id: z.string() }), {})[0]?.message).toBe("missing required field (expected string)");
  });
  it("renders bounds for numbers, strings and arrays", () => {
    expect(issuesOf(z.number().check(z.gt(0)), 0)[0]?.message).toBe("expected number > 0, received 0");
    expect(issuesOf(z.number().check(z.lte(6)), 7)[0]?.message).toBe("expected number ≤ 6, received 7");
    expect(issuesOf(z.string().check(z.minLength(1)), "")[0]?.message).toBe(
      "expected string of length ≥ 1, received length 0",
    );
    expect(issuesOf(z.array(z.number()).check(z.minLength(2)), [1])[0]?.message).toBe(
      "expected ≥ 2 items, received length 1",
    );
    expect(issuesOf(z.int(), 1.5)[0]?.message).toBe("expected integer, received number");
  });
  it("reports a union through the branch that got furthest", () => {
    const U = z.union([z.object({ kind: z.literal("a"), n: z.number() }), z.string()]);
    const issues = issuesOf(U, { kind: "a", n: "x" });
    expect(issues.map((i) => i.path)).toEqual([["n"]]);
  });
  it("lists the accepted types when no union branch gets past the top", () => {
    expect(issuesOf(z.union([z.date(), z.string()]), 5)[0]?.message).toBe("expected date | string, received number");
  });
  it("uses params.expected of custom issues", () => {
    const S = z.number().check(z.refine((n) => n % 2 === 0, { params: { expected: "even number" } }));
    expect(issuesOf(S, 3)[0]?.message).toBe("expected even number, received 3");
  });
  it("flattens record key and value issues to their paths", () => {
    const issues = issuesOf(z.record(z.string(), z.number()), { a: 1, b: "x" });
    expect(issues[0]?.path).toEqual(["b"]);
  });
});
