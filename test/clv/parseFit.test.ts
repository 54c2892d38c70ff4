import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitBgNbd } from "../../src/clv/bgNbd/fitBgNbd.ts";
import { parseFit } from "../../src/clv/parseFit.ts";
import { conditionalExpectedPurchases } from "../../src/clv/predictions/conditionalExpectedPurchases.ts";
import { probabilityAlive } from "../../src/clv/predictions/probabilityAlive.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadCdnowSummary } from "../_helpers/loadCdnowSummary.ts";

const fit = fitBgNbd(loadCdnowSummary(), { unit: "week" });

describe("parseFit", () => {
  it("round-trips a fit through JSON text or a JSON-parsed value: parseFit(JSON.stringify(fit)) equals fit", () => {
    expect(parseFit(JSON.stringify(fit))).toEqual(fit);
    expect(parseFit(JSON.parse(JSON.stringify(fit)))).toEqual(fit);
  });

  it("gives a loaded fit the same predictions as the original", () => {
    const loaded = parseFit(JSON.stringify(fit));
    const customer = { frequency: 26, recency: 30.86, T: 31 };
    expect(probabilityAlive(loaded, customer)).toBe(probabilityAlive(fit, customer));
    expect(conditionalExpectedPurchases(loaded, 52, customer)).toBe(conditionalExpectedPurchases(fit, 52, customer));
  });

  it("rejects text that is not JSON, and invalid fields with their paths", () => {
    expect(expectClienteleError(() => parseFit("{not json"), "invalid_input").message).toMatch(
      /^parseFit: invalid input/,
    );
    const e = expectClienteleError(
      () => parseFit({ ...fit, params: { ...fit.params, r: "0.24" }, n: 0 }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["params.r", "n"]);
  });

  it("does not mutate its input (property over edits of the fit)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (r) => {
        const input = JSON.parse(JSON.stringify({ ...fit, params: { ...fit.params, r } }));
        const copy = structuredClone(input);
        parseFit(input);
        expect(input).toEqual(copy);
      }),
    );
  });
});
