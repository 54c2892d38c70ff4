import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveDiscountRate } from "../../src/_lib/resolveDiscountRate.ts";
import { timeUnits } from "../../src/time/TimeUnitSchema.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const at = ["discountRate"] as const;

describe("resolveDiscountRate", () => {
  it("reads a number as per the fit's unit and returns a rate per the fit's unit unchanged", () => {
    expect(resolveDiscountRate("f", 0.0018, "week", at)).toBe(0.0018);
    expect(resolveDiscountRate("f", 0, "month", at)).toBe(0);
    expect(resolveDiscountRate("f", { rate: 0.1, per: "year" }, "year", at)).toBe(0.1);
  });

  it("converts to the equivalent compound rate (1 + d)^(1/f) − 1 where the ratio f is exact (hand values, 40-digit decimal)", () => {
    // 10% a year for a fit in months: 1.1^(1/12) − 1 = 0.0079741404289037410660…, not 0.1/12 = 0.00833…
    expectClose(resolveDiscountRate("f", { rate: 0.1, per: "year" }, "month", at), 0.007974140428903742, {
      rel: 1e-14,
    });
    // 10% a year for a fit in quarters: 1.1^(1/4) − 1 = 0.024113689084445129404…
    expectClose(resolveDiscountRate("f", { rate: 0.1, per: "year" }, "quarter", at), 0.02411368908444513, {
      rel: 1e-14,
    });
    // 2% a quarter for a fit in months: 1.02^(1/3) − 1 = 0.0066227095601129337474…
    expectClose(resolveDiscountRate("f", { rate: 0.02, per: "quarter" }, "month", at), 0.006622709560112934, {
      rel: 1e-14,
    });
    // 0.18% a week for a fit in days: 1.0018^(1/7) − 1 = 0.00025694471055002170131…
    expectClose(resolveDiscountRate("f", { rate: 0.0018, per: "week" }, "day", at), 0.0002569447105500217, {
      rel: 1e-14,
    });
    // 0.1% a day for a fit in weeks: 1.001^7 − 1 = 0.007021035035021007001
    expectClose(resolveDiscountRate("f", { rate: 0.001, per: "day" }, "week", at), 0.007021035035021007, {
      rel: 1e-14,
    });
    // 1% a month for a fit in years: 1.01^12 − 1 = 0.126825030131969720661201
    expectClose(resolveDiscountRate("f", { rate: 0.01, per: "month" }, "year", at), 0.12682503013196972, {
      rel: 1e-14,
    });
  });

  it("keeps full relative accuracy for tiny rates (no cancellation in (1 + d)^(1/f) − 1)", () => {
    // (1 + 1e-12)^(1/12) − 1 = 1e-12/12 − (11/288)·1e-24 + …
    expectClose(resolveDiscountRate("f", { rate: 1e-12, per: "year" }, "month", at), 1e-12 / 12 - (11 / 288) * 1e-24, {
      rel: 1e-14,
    });
  });

  it("is the rate that compounded over f fit units gives the stated rate, for every exactly convertible pair", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.constantFrom(...timeUnits),
        fc.constantFrom(...timeUnits),
        (rate, per, fitUnit) => {
          const f = ({ day: 1, week: 7, month: 1, quarter: 3, year: 12 } as const)[per];
          const g = ({ day: 1, week: 7, month: 1, quarter: 3, year: 12 } as const)[fitUnit];
          const sameFamily = (per === "day" || per === "week") === (fitUnit === "day" || fitUnit === "week");
          if (!sameFamily) {
            expectClienteleError(() => resolveDiscountRate("f", { rate, per }, fitUnit, at), "invalid_input");
            return;
          }
          const d = resolveDiscountRate("f", { rate, per }, fitUnit, at);
          expect(d).toBeGreaterThanOrEqual(0);
          expectClose((1 + d) ** (f / g), 1 + rate, { rel: 1e-13 }, `${rate} per ${per} → ${d} per ${fitUnit}`);
        },
      ),
    );
  });

  it("does not mutate its input", () => {
    const value = { rate: 0.1, per: "year" as const };
    const copy = structuredClone(value);
    resolveDiscountRate("f", value, "month", at);
    expect(value).toEqual(copy);
  });

  it("rejects a pair with no exact ratio at <path>.per, naming the fit's unit, under both option paths", () => {
    const e = expectClienteleError(
      () => resolveDiscountRate("customerLifetimeValue", { rate: 0.1, per: "year" }, "week", ["discountRate"]),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["discountRate.per"]);
    expect(e.message).toMatchInlineSnapshot(`
      "customerLifetimeValue: invalid input
        ✖ cannot convert a rate per year to a rate per week (the fit's unit) exactly; give the discount rate per week → at discountRate.per"
    `);
    const sbg = expectClienteleError(
      () =>
        resolveDiscountRate("discountedExpectedLifetime", { rate: 0.01, per: "week" }, "month", [
          "options",
          "discountRate",
        ]),
      "invalid_input",
    );
    expect(issuePaths(sbg)).toEqual(["options.discountRate.per"]);
    expect(sbg.issues[0]?.message).toMatchInlineSnapshot(
      `"cannot convert a rate per week to a rate per month (the fit's unit) exactly; give the discount rate per month"`,
    );
  });

  it("rejects a negative, NaN, infinite or non-number rate at <path> or <path>.rate, and an unknown unit at <path>.per", () => {
    for (const [value, path] of [
      [-0.1, "discountRate"],
      [Number.NaN, "discountRate"],
      [Number.POSITIVE_INFINITY, "discountRate"],
      ["0.1", "discountRate"],
      [null, "discountRate"],
      [{ rate: -0.1, per: "year" }, "discountRate.rate"],
      [{ rate: Number.POSITIVE_INFINITY, per: "year" }, "discountRate.rate"],
      [{ per: "year" }, "discountRate.rate"],
      [{ rate: 0.1, per: "fortnight" }, "discountRate.per"],
      [{ rate: 0.1 }, "discountRate.per"],
    ] as const) {
      const e = expectClienteleError(() => resolveDiscountRate("f", value, "year", at), "invalid_input");
      expect(issuePaths(e), JSON.stringify(value)).toEqual([path]);
    }
    const e = expectClienteleError(
      () => resolveDiscountRate("f", -1, "month", ["options", "discountRate"]),
      "invalid_input",
    );
    expect(e.message).toMatchInlineSnapshot(`
      "f: invalid input
        ✖ expected finite number ≥ 0, received -1 → at options.discountRate"
    `);
  });

  it("rejects a rate whose equivalent per fit unit overflows, at <path>.rate", () => {
    const e = expectClienteleError(
      () => resolveDiscountRate("f", { rate: 1e30, per: "month" }, "year", at),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["discountRate.rate"]);
    expect(e.issues[0]?.message).toMatchInlineSnapshot(
      `"a rate of 1e+30 per month is not a finite rate per year (the fit's unit)"`,
    );
  });

  it("without a fit unit (a BG/BB model given as { model, params }) reads a number as per fit unit and rejects { rate, per } at path.per", () => {
    expect(resolveDiscountRate("f", 0.1, undefined, at)).toBe(0.1);
    expect(
      issuePaths(expectClienteleError(() => resolveDiscountRate("f", -1, undefined, at), "invalid_input")),
    ).toEqual(["discountRate"]);
    const e = expectClienteleError(
      () => resolveDiscountRate("f", { rate: 0.1, per: "year" }, undefined, at),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["discountRate.per"]);
    expect(e.issues[0]?.message).toMatchInlineSnapshot(
      `"cannot convert a rate per year without the fit's unit; give the discount rate per fit unit as a number"`,
    );
  });
});
