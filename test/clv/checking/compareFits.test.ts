import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareFits } from "../../../src/clv/checking/compareFits.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../../_helpers/loadCdnowHoldout.ts";

const makeFit = (logLikelihood: number, params: object = { r: 1, alpha: 1, a: 1, b: 1 }) =>
  ({ model: "bg-nbd", params, unit: "week", logLikelihood, n: 50 }) as const;

describe("compareFits", () => {
  it("reproduces the CDNOW BG/NBD fit's own aic and bic", () => {
    const { fit: bg } = loadCdnowHoldout();
    const [row] = compareFits({ "BG/NBD": bg });
    expectClose(row!.aic, bg.aic, { rel: 1e-14 });
    expectClose(row!.bic, bg.bic, { rel: 1e-14 });
    expect(row).toMatchObject({
      name: "BG/NBD",
      model: "bg-nbd",
      parameters: 4,
      n: 2357,
      deltaAic: 0,
      akaikeWeight: 1,
    });
  });

  it("gives AIC/BIC differences to the best and Akaike weights summing to 1, rows in key order", () => {
    const rows = compareFits({
      A: makeFit(-100),
      B: makeFit(-103),
      C: makeFit(-99, { r: 1, alpha: 1, a: 1, b: 1, c: 1 }),
    });
    expect(rows.map((r) => r.name)).toEqual(["A", "B", "C"]);
    expect(rows.map((r) => r.deltaAic)).toEqual([0, 6, 0]);
    expectClose(rows[2]!.deltaBic, Math.log(50) - 2, { rel: 1e-14 });
    expectClose(rows[0]!.akaikeWeight, 1 / (2 + Math.exp(-3)), { rel: 1e-14 });
    expectClose(
      rows.reduce((s, r) => s + r.akaikeWeight, 0),
      1,
      { rel: 1e-14 },
    );
  });

  it("throws domain_error for fits on different data and invalid_input for an empty record or a bad fit", () => {
    expect(
      issuePaths(
        expectClienteleError(() => compareFits({ A: makeFit(-1), B: { ...makeFit(-1), n: 51 } }), "domain_error"),
      ),
    ).toEqual(["fits.B.n"]);
    expect(
      issuePaths(
        expectClienteleError(() => compareFits({ A: makeFit(-1), B: { ...makeFit(-1), unit: "day" } }), "domain_error"),
      ),
    ).toEqual(["fits.B.unit"]);
    expectClienteleError(() => compareFits({}), "invalid_input");
    expect(
      issuePaths(expectClienteleError(() => compareFits({ A: makeFit(Number.POSITIVE_INFINITY) }), "invalid_input")),
    ).toEqual(["fits.A.logLikelihood"]);
  });

  it("does not mutate its input; the best row has deltaAic 0 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 0, noNaN: true }), { minLength: 1, maxLength: 6 }), (lls) => {
        const fits = Object.fromEntries(lls.map((ll, i) => [`m${i}`, makeFit(ll)]));
        const copy = structuredClone(fits);
        const rows = compareFits(fits);
        expect(fits).toEqual(copy);
        expect(Math.min(...rows.map((r) => r.deltaAic))).toBe(0);
      }),
    );
  });

  it("describes a Symbol unit or n instead of throwing a TypeError (issue 17, item 9)", () => {
    const sym = Symbol("u");
    const unit = expectClienteleError(
      () => compareFits({ A: makeFit(-100), B: { ...makeFit(-101), unit: sym as never } }),
      "domain_error",
    );
    expect(unit.message.split("\n")[0]).toBe(
      'compareFits: fits A and B are not on the same data (units symbol and "week")',
    );
    const n = expectClienteleError(
      () => compareFits({ A: makeFit(-100), B: { ...makeFit(-101), n: sym as never } }),
      "invalid_input",
    );
    expect(n.issues[0]).toMatchObject({ path: ["fits", "B", "n"], message: "expected integer ≥ 1, received symbol" });
  });
});
