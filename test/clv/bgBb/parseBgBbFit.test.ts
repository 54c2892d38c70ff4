import { describe, expect, it } from "vitest";
import { fitBgBb } from "../../../src/clv/bgBb/fitBgBb.ts";
import { parseBgBbFit } from "../../../src/clv/bgBb/parseBgBbFit.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadDonations } from "../../_helpers/loadDonations.ts";

const fit = fitBgBb(loadDonations(), { unit: "year" });

describe("parseBgBbFit", () => {
  it("round-trips a donations fit through JSON text and through a parsed value", () => {
    expect(parseBgBbFit(JSON.stringify(fit))).toEqual(fit);
    expect(parseBgBbFit(JSON.parse(JSON.stringify(fit)))).toEqual(fit);
  });

  it("rejects text that is not JSON, another model, and a bad parameter with their paths", () => {
    expectClienteleError(() => parseBgBbFit("{"), "invalid_input");
    expect(issuePaths(expectClienteleError(() => parseBgBbFit({ ...fit, model: "bg-nbd" }), "invalid_input"))).toEqual([
      "model",
    ]);
    expect(
      issuePaths(
        expectClienteleError(() => parseBgBbFit({ ...fit, params: { ...fit.params, gamma: -1 } }), "invalid_input"),
      ),
    ).toEqual(["params.gamma"]);
  });
});
