import { describe, expect, it } from "vitest";
import { collectIssues, collectThrown, createIssueCollector, MAX_KEPT_ISSUES } from "../../src/_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../src/errors/ClienteleError.ts";

const issue = (i: number) => ({ code: "custom", path: ["rows", i], message: "bad" });

describe("issue collector", () => {
  it("keeps the first MAX_KEPT_ISSUES issues in order and counts them all", () => {
    const c = createIssueCollector();
    collectIssues(c, issue(0));
    collectIssues(
      c,
      Array.from({ length: MAX_KEPT_ISSUES + 500 }, (_, i) => issue(i + 1)),
    );
    expect(c.count).toBe(MAX_KEPT_ISSUES + 501);
    expect(c.list).toHaveLength(MAX_KEPT_ISSUES);
    expect(c.list[0]?.path).toEqual(["rows", 0]);
    expect(c.list.at(-1)?.path).toEqual(["rows", MAX_KEPT_ISSUES - 1]);
  });

  it("adds a list of 300,000 without spreading it (no stack overflow)", () => {
    const c = createIssueCollector();
    collectIssues(
      c,
      Array.from({ length: 300_000 }, (_, i) => issue(i)),
    );
    expect(c.count).toBe(300_000);
  });
});

describe("collectThrown", () => {
  it("returns the result, or adds a thrown invalid_input's issues with its full count and returns undefined", () => {
    const c = createIssueCollector();
    expect(collectThrown(c, () => 7)).toBe(7);
    const thrown = new ClienteleInputError("f: invalid input", { issues: [issue(1), issue(2)], issueCount: 50 });
    expect(
      collectThrown(c, () => {
        throw thrown;
      }),
    ).toBeUndefined();
    expect(c.count).toBe(50);
    expect(c.list.map((i) => i.path)).toEqual([
      ["rows", 1],
      ["rows", 2],
    ]);
  });

  it("rethrows anything that is not invalid_input", () => {
    const c = createIssueCollector();
    expect(() =>
      collectThrown(c, () => {
        throw new ClienteleDomainError("domain_error", "f: no");
      }),
    ).toThrow("f: no");
    expect(() =>
      collectThrown(c, () => {
        throw new RangeError("boom");
      }),
    ).toThrow(RangeError);
    expect(c.count).toBe(0);
  });

  it("keeps at most its cap, counting every issue past it", () => {
    const c = createIssueCollector(2);
    for (let i = 0; i < 5; i++) collectIssues(c, { code: "custom", path: [i], message: "bad" });
    expect(c.list.map((x) => x.path[0])).toEqual([0, 1]);
    expect(c.count).toBe(5);
  });
});
