import { describe, expect, it } from "vitest";
import { expectedAverageSpend } from "../../../src/clv/gammaGamma/expectedAverageSpend.ts";
import { fitGammaGamma } from "../../../src/clv/gammaGamma/fitGammaGamma.ts";
import { parseSpendFit } from "../../../src/clv/gammaGamma/parseSpendFit.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowSpend } from "../../_helpers/loadCdnowSpend.ts";

const fit = fitGammaGamma(loadCdnowSpend());

describe("parseSpendFit", () => {
  it("loads JSON text and a parsed value to a fit equal to the original, with equal predictions", () => {
    const loaded = parseSpendFit(JSON.stringify(fit));
    expect(loaded).toEqual(fit);
    expect(parseSpendFit(JSON.parse(JSON.stringify(fit)))).toEqual(fit);
    const c = { frequency: 3, monetaryValue: 40 };
    expect(expectedAverageSpend(loaded, c)).toBe(expectedAverageSpend(fit, c));
  });

  it("throws invalid_input for text that is not JSON, with an empty path", () => {
    const e = expectClienteleError(() => parseSpendFit("{not json"), "invalid_input");
    expect(issuePaths(e)).toEqual([""]);
    expect(e.message).toMatch(/^parseSpendFit: invalid input/);
  });

  it("throws invalid_input naming the bad field", () => {
    const e = expectClienteleError(
      () => parseSpendFit({ ...fit, params: { ...fit.params, gamma: 0 } }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["params.gamma"]);
  });
});
