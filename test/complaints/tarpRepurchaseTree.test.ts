import { describe, expect, it } from "vitest";
import { repurchaseIntention, tarpRepurchaseRates, tarpRepurchaseTree } from "../../src/complaints/index.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const shares = {
  failure: 0.2,
  complained: 0.5,
  outcomes: { resolvedQuickly: 0.4, resolved: 0.4, unresolved: 0.2 },
  noFailureRate: 0.9,
};

describe("tarpRepurchaseTree", () => {
  it("puts the preset rates on the supplied shares (major problems, worked by hand)", () => {
    const tree = tarpRepurchaseTree("major", shares);
    expect(tree.failure.notComplained).toEqual({ share: 0.5, repurchaseRate: tarpRepurchaseRates.major.notComplained });
    expect(tree.noFailure).toEqual({ share: 0.8, repurchaseRate: 0.9 });
    // 0.8·0.9 + 0.1·0.09 + 0.04·0.82 + 0.04·0.54 + 0.02·0.19 = 0.72 + 0.009 + 0.0328 + 0.0216 + 0.0038 = 0.7872
    const r = repurchaseIntention(tree);
    expectClose(r.willRepurchase, 0.7872, { abs: 1e-15 }, "willRepurchase");
    expect(r.largestLoss).toBe("notComplained");
  });
  it("uses the minor column when asked", () => {
    const tree = tarpRepurchaseTree("minor", shares);
    expect(tree.failure.complained.resolvedQuickly.repurchaseRate).toBe(0.95);
  });
  it("rejects outcome shares that do not sum to 1, and unknown severities, with paths", () => {
    const e = expectClienteleError(
      () =>
        tarpRepurchaseTree("minor", { ...shares, outcomes: { resolvedQuickly: 0.5, resolved: 0.5, unresolved: 0.5 } }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["shares.outcomes"]);
    const e2 = expectClienteleError(
      () => tarpRepurchaseTree("serious" as never, { ...shares, failure: 2 }),
      "invalid_input",
    );
    expect(issuePaths(e2).sort()).toEqual(["severity", "shares.failure"]);
  });
});
