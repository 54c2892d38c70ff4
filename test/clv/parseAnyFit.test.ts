import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnyFit } from "../../src/clv/AnyFit.ts";
import { fitBgBb } from "../../src/clv/bgBb/fitBgBb.ts";
import { fitBgNbd } from "../../src/clv/bgNbd/fitBgNbd.ts";
import { expectedAverageSpend } from "../../src/clv/gammaGamma/expectedAverageSpend.ts";
import { fitGammaGamma } from "../../src/clv/gammaGamma/fitGammaGamma.ts";
import { fitMbgNbd } from "../../src/clv/mbgNbd/fitMbgNbd.ts";
import { fitParetoNbd } from "../../src/clv/paretoNbd/fitParetoNbd.ts";
import { parseAnyFit } from "../../src/clv/parseAnyFit.ts";
import { conditionalExpectedPurchases } from "../../src/clv/predictions/conditionalExpectedPurchases.ts";
import { probabilityAlive } from "../../src/clv/predictions/probabilityAlive.ts";
import { fitShiftedBetaGeometric } from "../../src/clv/shiftedBetaGeometric/fitShiftedBetaGeometric.ts";
import { retentionRate } from "../../src/clv/shiftedBetaGeometric/retentionRate.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadCdnowSpend } from "../_helpers/loadCdnowSpend.ts";
import { loadCdnowSummary } from "../_helpers/loadCdnowSummary.ts";
import { loadDonations } from "../_helpers/loadDonations.ts";

const cdnow = loadCdnowSummary();
const bgNbd = fitBgNbd(cdnow, { unit: "week" });
const paretoNbd = fitParetoNbd(cdnow, { unit: "week", standardErrors: false });
const mbgNbd = fitMbgNbd(cdnow, { unit: "week", standardErrors: false });
const bgBb = fitBgBb(loadDonations(), { unit: "year" });
const sbg = fitShiftedBetaGeometric({ survivors: [1000, 631, 468, 382, 326, 289, 262, 241] }, { unit: "year" });
const gammaGamma = fitGammaGamma(loadCdnowSpend());
const fits: readonly AnyFit[] = [bgNbd, paretoNbd, mbgNbd, bgBb, sbg, gammaGamma];

describe("parseAnyFit", () => {
  it("round-trips a fit of every model (BG/NBD, Pareto/NBD, MBG/NBD, BG/BB, sBG, Gamma-Gamma) through JSON text and through a parsed value, with or without the expected model", () => {
    expect(fits.map((f) => f.model)).toEqual([
      "bg-nbd",
      "pareto-nbd",
      "mbg-nbd",
      "bg-bb",
      "shifted-beta-geometric",
      "gamma-gamma",
    ]);
    for (const fit of fits) {
      expect(parseAnyFit(JSON.stringify(fit))).toEqual(fit);
      expect(parseAnyFit(JSON.parse(JSON.stringify(fit)))).toEqual(fit);
      expect(parseAnyFit(JSON.stringify(fit), fit.model)).toEqual(fit);
      expect(parseAnyFit(JSON.parse(JSON.stringify(fit)), fit.model)).toEqual(fit);
    }
  });

  it("keeps the saved key order: JSON.stringify(parseAnyFit(JSON.parse(s))) === s for a fit of every model", () => {
    for (const fit of fits) {
      const saved = JSON.stringify(fit);
      expect(JSON.stringify(parseAnyFit(JSON.parse(saved))), fit.model).toBe(saved);
      expect(JSON.stringify(parseAnyFit(saved, fit.model)), fit.model).toBe(saved);
      expect(JSON.stringify(parseAnyFit(JSON.stringify(fit, null, 2))), fit.model).toBe(saved);
    }
  });

  it("keeps a saved key order other than the fitters' (keys reversed at every level), dropping unknown keys", () => {
    const reverse = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverse)
        : typeof value === "object" && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reverse(v)]),
            )
          : value;
    for (const fit of fits) {
      const saved = JSON.stringify(reverse(fit));
      expect(JSON.stringify(parseAnyFit(saved)), fit.model).toBe(saved);
      const extra = JSON.stringify({ savedBy: "app", ...(reverse(fit) as object) });
      expect(JSON.stringify(parseAnyFit(extra)), fit.model).toBe(saved);
    }
  });

  it("keeps typed warnings (code, parameter, message) through JSON and rejects an unknown warning code at its path", () => {
    const constant = fitShiftedBetaGeometric({ survivors: [1000, 900, 810, 729, 656, 590, 531] }, { unit: "year" });
    expect(constant.warnings.length).toBeGreaterThan(0);
    expect(parseAnyFit(JSON.stringify(constant))).toEqual(constant);
    const bad = { ...sbg, warnings: [{ code: "made_up", parameter: null, message: "x" }] };
    const e = expectClienteleError(() => parseAnyFit(JSON.stringify(bad)), "invalid_input");
    expect(issuePaths(e)).toEqual(["warnings[0].code"]);
    const old = { ...sbg, warnings: ["a warning in words"] };
    expect(issuePaths(expectClienteleError(() => parseAnyFit(old), "invalid_input"))).toEqual(["warnings[0]"]);
  });

  it("gives a loaded fit the same predictions as the original (BG/NBD, sBG, Gamma-Gamma)", () => {
    const loaded = parseAnyFit(JSON.stringify(bgNbd), "bg-nbd");
    const customer = { frequency: 26, recency: 30.86, T: 31 };
    expect(probabilityAlive(loaded, customer)).toBe(probabilityAlive(bgNbd, customer));
    expect(conditionalExpectedPurchases(loaded, 52, customer)).toBe(conditionalExpectedPurchases(bgNbd, 52, customer));
    expect(retentionRate(parseAnyFit(JSON.stringify(sbg), "shifted-beta-geometric"), 3)).toBe(retentionRate(sbg, 3));
    const spender = { frequency: 3, monetaryValue: 40 };
    expect(expectedAverageSpend(parseAnyFit(JSON.stringify(gammaGamma), "gamma-gamma"), spender)).toBe(
      expectedAverageSpend(gammaGamma, spender),
    );
  });

  it("throws invalid_input with an empty path for text that is not JSON, and for a value that is not an object", () => {
    const loaders = [
      (saved: unknown) => parseAnyFit(saved),
      ...(["bg-nbd", "bg-bb", "shifted-beta-geometric", "gamma-gamma"] as const).map(
        (model) => (saved: unknown) => parseAnyFit(saved, model),
      ),
    ];
    for (const load of loaders) {
      const e = expectClienteleError(() => load("{not json"), "invalid_input");
      expect(e.message).toMatch(/^parseAnyFit: invalid input/);
      expect(issuePaths(e)).toEqual([""]);
    }
    expect(issuePaths(expectClienteleError(() => parseAnyFit("[1"), "invalid_input"))).toEqual([""]);
    expect(issuePaths(expectClienteleError(() => parseAnyFit(42), "invalid_input"))).toEqual([""]);
  });

  it("throws invalid_input at model for an unknown or missing model, naming the known ones", () => {
    const unknown = expectClienteleError(() => parseAnyFit({ ...bgNbd, model: "bgnbd" }), "invalid_input");
    expect(issuePaths(unknown)).toEqual(["model"]);
    expect(unknown.message).toContain('"shifted-beta-geometric"');
    expect(issuePaths(expectClienteleError(() => parseAnyFit({}), "invalid_input"))).toEqual(["model"]);
  });

  it("throws invalid_input at model for a fit of another model than the expected one, naming both", () => {
    const e = expectClienteleError(() => parseAnyFit(JSON.stringify(bgNbd), "gamma-gamma"), "invalid_input");
    expect(issuePaths(e)).toEqual(["model"]);
    expect(e.message).toMatchInlineSnapshot(`
      "parseAnyFit: invalid input
        ✖ expected a fit with model "gamma-gamma", received "bg-nbd" → at model"
    `);
    expect(
      issuePaths(expectClienteleError(() => parseAnyFit({ ...bgBb, model: "bg-nbd" }, "bg-bb"), "invalid_input")),
    ).toEqual(["model"]);
    // a count model where the sBG was expected: the model is named, not the fields the sBG schema would reject
    const countModel = expectClienteleError(
      () => parseAnyFit({ ...sbg, model: "bg-nbd", params: { alpha: 1, beta: -2 } }, "shifted-beta-geometric"),
      "invalid_input",
    );
    expect(issuePaths(countModel)).toEqual(["model"]);
    expect(issuePaths(expectClienteleError(() => parseAnyFit(paretoNbd, "bg-nbd"), "invalid_input"))).toEqual([
      "model",
    ]);
    expect(issuePaths(expectClienteleError(() => parseAnyFit({}, "bg-nbd"), "invalid_input"))).toEqual(["model"]);
  });

  it("throws invalid_input with an empty path when the expected model is not a model id", () => {
    const e = expectClienteleError(() => parseAnyFit(bgNbd, "bg/nbd" as AnyFit["model"]), "invalid_input");
    expect(issuePaths(e)).toEqual([""]);
    expect(e.message).toContain('received "bg/nbd"');
  });

  it("validates the fields with the model's own schema and reports each bad one with its path", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => parseAnyFit({ ...bgNbd, params: { ...bgNbd.params, r: "0.24" }, n: 0 }, "bg-nbd"),
          "invalid_input",
        ),
      ),
    ).toEqual(["params.r", "n"]);
    expect(
      issuePaths(
        expectClienteleError(() => parseAnyFit({ ...bgBb, params: { ...bgBb.params, gamma: -1 } }), "invalid_input"),
      ),
    ).toEqual(["params.gamma"]);
    expect(
      issuePaths(expectClienteleError(() => parseAnyFit({ ...sbg, params: { alpha: -1, beta: 1 } }), "invalid_input")),
    ).toEqual(["params.alpha"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => parseAnyFit({ ...sbg, params: { alpha: 1, beta: -2 } }, "shifted-beta-geometric"),
          "invalid_input",
        ),
      ),
    ).toEqual(["params.beta"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => parseAnyFit({ ...gammaGamma, params: { ...gammaGamma.params, gamma: 0 } }, "gamma-gamma"),
          "invalid_input",
        ),
      ),
    ).toEqual(["params.gamma"]);
  });

  it("does not mutate its input (property over edits of a BG/NBD fit; every model's saved value)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (r) => {
        const input = JSON.parse(JSON.stringify({ ...bgNbd, params: { ...bgNbd.params, r } }));
        const copy = structuredClone(input);
        parseAnyFit(input, "bg-nbd");
        expect(input).toEqual(copy);
      }),
    );
    for (const fit of fits) {
      const saved = JSON.parse(JSON.stringify(fit));
      const copy = structuredClone(saved);
      parseAnyFit(saved);
      expect(saved).toEqual(copy);
    }
  });
});
