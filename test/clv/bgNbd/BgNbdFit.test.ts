import { describe, expect, it } from "vitest";
import { BgNbdFitSchema } from "../../../src/clv/bgNbd/BgNbdFit.ts";
import { fitBgNbd } from "../../../src/clv/bgNbd/fitBgNbd.ts";
import { parseInput } from "../../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowSummary } from "../../_helpers/loadCdnowSummary.ts";

const fit = fitBgNbd(loadCdnowSummary(), { unit: "week" });

describe("BgNbdFitSchema", () => {
  it("accepts a fit after a JSON round trip, unchanged", () => {
    expect(parseInput("load", BgNbdFitSchema, JSON.parse(JSON.stringify(fit)))).toEqual(fit);
  });

  it("accepts null standard errors and covariance", () => {
    const plain = { ...fit, standardErrors: null, covariance: null };
    expect(parseInput("load", BgNbdFitSchema, plain)).toEqual(plain);
  });

  it("rejects a wrong model, bad parameters, a bad unit and a covariance of the wrong size, with paths", () => {
    const e = expectClienteleError(
      () =>
        parseInput("load", BgNbdFitSchema, {
          ...fit,
          model: "pareto-nbd",
          params: { ...fit.params, alpha: -1 },
          unit: "fortnight",
          covariance: [[1]],
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(expect.arrayContaining(["model", "params.alpha", "unit"]));
    const cov = expectClienteleError(
      () => parseInput("load", BgNbdFitSchema, { ...fit, covariance: [[1]] }),
      "invalid_input",
    );
    expect(issuePaths(cov)).toEqual(["covariance"]);
  });
});
