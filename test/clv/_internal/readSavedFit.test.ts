import { describe, expect, it } from "vitest";
import { readSavedFit, readSavedJson } from "../../../src/clv/_internal/readSavedFit.ts";
import type { AnyFit } from "../../../src/clv/AnyFit.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const gammaGamma = {
  model: "gamma-gamma",
  params: { p: 6.25, q: 3.74, gamma: 15.44 },
  standardErrors: null,
  covariance: null,
  logLikelihood: -4055.9,
  converged: true,
  iterations: 12,
  aic: 8117.8,
  bic: 8132.4,
  n: 946,
  penalty: 0,
  warnings: [],
  excludedNonRepeaters: 1411,
  frequencyMonetaryCorrelation: 0.11,
};

describe("readSavedJson", () => {
  it("reads JSON text, and takes any other value as it is", () => {
    expect(readSavedJson("f", '{"a":1}')).toEqual({ a: 1 });
    const value = { a: 1 };
    expect(readSavedJson("f", value)).toBe(value);
  });

  it("throws invalid_input with an empty path for text that is not JSON", () => {
    const notJson = expectClienteleError(() => readSavedJson("load", "{"), "invalid_input");
    expect(notJson.message).toMatch(/^load: invalid input/);
    expect(issuePaths(notJson)).toEqual([""]);
  });
});

describe("readSavedFit", () => {
  it("reads JSON text or a value and validates it with its model's schema", () => {
    const parsed = readSavedFit("f", JSON.stringify(gammaGamma), undefined);
    expect(parsed).toMatchObject({ model: "gamma-gamma", params: gammaGamma.params });
    expect(readSavedFit("f", gammaGamma, "gamma-gamma")).toEqual(parsed);
  });

  it("throws invalid_input at model naming the accepted and the received model", () => {
    const other = expectClienteleError(() => readSavedFit("load", gammaGamma, "bg-nbd"), "invalid_input");
    expect(issuePaths(other)).toEqual(["model"]);
    expect(other.issues[0]).toMatchObject({ expected: '"bg-nbd"', received: '"gamma-gamma"' });
    const missing = expectClienteleError(() => readSavedFit("load", {}, undefined), "invalid_input");
    expect(missing.issues[0]).toMatchObject({ path: ["model"], received: "undefined" });
    expect(missing.issues[0]?.expected).toContain('"gamma-gamma"');
  });

  it("throws invalid_input with an empty path for an expected model that is not a model id", () => {
    const bad = expectClienteleError(
      () => readSavedFit("load", gammaGamma, "bgnbd" as AnyFit["model"]),
      "invalid_input",
    );
    expect(issuePaths(bad)).toEqual([""]);
    expect(bad.issues[0]?.received).toBe('"bgnbd"');
  });

  it("throws invalid_input with the field's path for a value the schema rejects", () => {
    const e = expectClienteleError(
      () => readSavedFit("f", { ...gammaGamma, params: { ...gammaGamma.params, q: "3" } }, undefined),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["params.q"]);
  });
});
