import { describe, expect, it } from "vitest";
import { createIssueCollector } from "../../../src/_lib/issueCollector.ts";
import { disconfirmationOf } from "../../../src/satisfaction/_internal/disconfirmationOf.ts";

describe("disconfirmationOf", () => {
  it("returns undefined and collects issues for a bad response instead of throwing", () => {
    const collector = createIssueCollector();
    const state = { fn: "f", form: "subtractive" as const, policy: "reject" as const, means: undefined, collector };
    expect(disconfirmationOf(42, ["responses", 3], state)).toBeUndefined();
    expect(collector.list[0]!.path).toEqual(["responses", 3]);
    expect(
      disconfirmationOf(
        { scale: { min: 1, max: 3 }, attributes: [{ name: "a", expectation: 2, performance: 3 }] },
        [],
        state,
      )?.mean,
    ).toBe(1);
  });
});
