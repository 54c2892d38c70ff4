import { describe, expect, it } from "vitest";
import { fitShiftedBetaGeometric } from "../../../src/clv/shiftedBetaGeometric/fitShiftedBetaGeometric.ts";
import { parseRetentionFit } from "../../../src/clv/shiftedBetaGeometric/parseRetentionFit.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const fit = fitShiftedBetaGeometric({ survivors: [1000, 631, 468, 382, 326, 289, 262, 241] }, { unit: "year" });

describe("parseRetentionFit", () => {
  it("loads a saved fit from JSON text or a parsed value, equal to the original", () => {
    expect(parseRetentionFit(JSON.stringify(fit))).toEqual(fit);
    expect(parseRetentionFit(JSON.parse(JSON.stringify(fit)))).toEqual(fit);
  });

  it("does not mutate its input", () => {
    const saved = JSON.parse(JSON.stringify(fit));
    const copy = structuredClone(saved);
    parseRetentionFit(saved);
    expect(saved).toEqual(copy);
  });

  it("rejects text that is not JSON, a count model and bad fields with paths", () => {
    const text = expectClienteleError(() => parseRetentionFit("{not json"), "invalid_input");
    expect(text.message).toMatch(/^parseRetentionFit: invalid input/);
    expect(issuePaths(text)).toEqual([""]);
    const other = expectClienteleError(
      () => parseRetentionFit({ ...fit, model: "bg-nbd", params: { alpha: 1, beta: -2 } }),
      "invalid_input",
    );
    expect(issuePaths(other)).toEqual(expect.arrayContaining(["model", "params.beta"]));
  });
});
