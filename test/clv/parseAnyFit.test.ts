import { describe, expect, it } from "vitest";
import { fitBgBb } from "../../src/clv/bgBb/fitBgBb.ts";
import { fitBgNbd } from "../../src/clv/bgNbd/fitBgNbd.ts";
import { fitGammaGamma } from "../../src/clv/gammaGamma/fitGammaGamma.ts";
import { fitModifiedBgNbd } from "../../src/clv/mbgNbd/fitModifiedBgNbd.ts";
import { parseAnyFit } from "../../src/clv/parseAnyFit.ts";
import { fitShiftedBetaGeometric } from "../../src/clv/shiftedBetaGeometric/fitShiftedBetaGeometric.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadCdnowSummary } from "../_helpers/loadCdnowSummary.ts";
import { loadDonations } from "../_helpers/loadDonations.ts";

const cdnow = loadCdnowSummary();
const fits = [
  fitBgNbd(cdnow, { unit: "week" }),
  fitModifiedBgNbd(cdnow, { unit: "week", standardErrors: false }),
  fitBgBb(loadDonations(), { unit: "year" }),
  fitShiftedBetaGeometric({ survivors: [1000, 631, 468, 382, 326, 289, 262, 241] }, { unit: "year" }),
  fitGammaGamma({ frequency: [1, 2, 3, 5, 8], monetaryValue: [20, 35.5, 18, 42, 25] }, { standardErrors: false }),
];

describe("parseAnyFit", () => {
  it("round-trips a fit of every kind (BG/NBD, MBG/NBD, BG/BB, sBG, Gamma-Gamma) through JSON text and values", () => {
    for (const fit of fits) {
      expect(parseAnyFit(JSON.stringify(fit))).toEqual(fit);
      expect(parseAnyFit(JSON.parse(JSON.stringify(fit)))).toEqual(fit);
    }
  });

  it("rejects an unknown or missing model at model, naming the known ones, and non-JSON text", () => {
    const unknown = expectClienteleError(() => parseAnyFit({ ...fits[0], model: "bgnbd" }), "invalid_input");
    expect(issuePaths(unknown)).toEqual(["model"]);
    expect(unknown.message).toContain('"shifted-beta-geometric"');
    expect(issuePaths(expectClienteleError(() => parseAnyFit({}), "invalid_input"))).toEqual(["model"]);
    expect(issuePaths(expectClienteleError(() => parseAnyFit("[1"), "invalid_input"))).toEqual([""]);
    expect(issuePaths(expectClienteleError(() => parseAnyFit(42), "invalid_input"))).toEqual([""]);
  });

  it("validates the fields with the model's own schema, with paths", () => {
    const sbg = fits[3]!;
    expect(
      issuePaths(expectClienteleError(() => parseAnyFit({ ...sbg, params: { alpha: -1, beta: 1 } }), "invalid_input")),
    ).toEqual(["params.alpha"]);
  });
});
