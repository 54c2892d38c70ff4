import { describe, expect, it } from "vitest";
import { readProfitWindow } from "../../../src/value/_internal/readProfitWindow.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("readProfitWindow", () => {
  it("reads the window as epoch milliseconds, open at the start without `from`, throw by default", () => {
    expect(readProfitWindow("f", { to: "2026-01-01" })).toEqual({
      fromMs: Number.NEGATIVE_INFINITY,
      toMs: Date.UTC(2026, 0, 1),
      missingCost: "throw",
    });
    expect(readProfitWindow("f", { from: new Date(0), to: new Date(1), missingCost: "zero" })).toEqual({
      fromMs: 0,
      toMs: 1,
      missingCost: "zero",
    });
  });

  it("rejects a missing `to`, a `from` not before it and an unknown policy, with paths", () => {
    expect(issuePaths(expectClienteleError(() => readProfitWindow("f", {}), "invalid_input"))).toEqual(["options.to"]);
    expect(
      issuePaths(
        expectClienteleError(() => readProfitWindow("f", { from: "2026-02-01", to: "2026-01-01" }), "invalid_input"),
      ),
    ).toEqual(["options.from"]);
    expect(
      issuePaths(
        expectClienteleError(() => readProfitWindow("f", { to: "2026-01-01", missingCost: "ignore" }), "invalid_input"),
      ),
    ).toEqual(["options.missingCost"]);
  });
});
