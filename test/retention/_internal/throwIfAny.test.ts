import { describe, expect, it } from "vitest";
import { collectIssue, createIssueCollector } from "../../../src/_lib/issueCollector.ts";
import { throwIfAny } from "../../../src/retention/_internal/throwIfAny.ts";
import { expectClienteleError } from "../../_helpers/expectIssue.ts";

describe("throwIfAny", () => {
  it("does nothing without issues and throws invalid_input with the kept issues and the count otherwise", () => {
    const none = createIssueCollector();
    expect(() => throwIfAny("f", none)).not.toThrow();
    const some = createIssueCollector(1);
    for (let i = 0; i < 3; i++) collectIssue(some, () => ({ code: "custom", path: [i], message: "bad" }));
    const e = expectClienteleError(() => throwIfAny("f", some), "invalid_input");
    expect([e.issues.length, e.issueCount]).toEqual([1, 3]);
  });
});
