import { describe, expect, it } from "vitest";
import { fitGammaGamma } from "../../../src/clv/gammaGamma/fitGammaGamma.ts";
import {
  frequencyMonetaryCorrelationThreshold,
  GammaGammaFitSchema,
} from "../../../src/clv/gammaGamma/GammaGammaFit.ts";
import { parseInput } from "../../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowSpend } from "../../_helpers/loadCdnowSpend.ts";

const fit = fitGammaGamma(loadCdnowSpend());

describe("GammaGammaFitSchema", () => {
  it("round-trips a CDNOW fit through JSON unchanged", () => {
    expect(parseInput("load", GammaGammaFitSchema, JSON.parse(JSON.stringify(fit)))).toEqual(fit);
  });

  it("rejects a wrong model, a non-positive parameter, a correlation outside [−1, 1], a negative count and a non-square covariance", () => {
    const bad = {
      ...fit,
      model: "bg-nbd",
      params: { ...fit.params, q: -1 },
      frequencyMonetaryCorrelation: 1.5,
      excludedNonRepeaters: -1,
    };
    const e = expectClienteleError(() => parseInput("load", GammaGammaFitSchema, bad), "invalid_input");
    expect(issuePaths(e)).toEqual(
      expect.arrayContaining(["model", "params.q", "frequencyMonetaryCorrelation", "excludedNonRepeaters"]),
    );
    const c = expectClienteleError(
      () =>
        parseInput("load", GammaGammaFitSchema, {
          ...fit,
          covariance: [
            [1, 0],
            [0, 1],
          ],
        }),
      "invalid_input",
    );
    expect(issuePaths(c)).toEqual(["covariance"]);
  });
});

describe("frequencyMonetaryCorrelationThreshold", () => {
  it("is 0.3", () => {
    expect(frequencyMonetaryCorrelationThreshold).toBe(0.3);
  });
});
