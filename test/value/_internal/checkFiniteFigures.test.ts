import { describe, expect, it } from "vitest";
import { checkFiniteFigures } from "../../../src/value/_internal/checkFiniteFigures.ts";
import { expectClienteleError } from "../../_helpers/expectIssue.ts";

describe("checkFiniteFigures", () => {
  it("passes finite numbers, strings and nested objects and arrays", () => {
    expect(() => checkFiniteFigures("f", { a: 1, b: [2, { c: -3 }], d: "x", e: undefined })).not.toThrow();
  });

  it("names the first figure that is not finite", () => {
    const e = expectClienteleError(
      () => checkFiniteFigures("f", { a: 1, b: [2, { c: Number.POSITIVE_INFINITY }] }),
      "domain_error",
    );
    expect(e.message).toBe("f: result.b[1].c overflows the largest double (Infinity); the inputs are too extreme");
    expectClienteleError(() => checkFiniteFigures("f", Number.NaN, "x"), "domain_error");
  });
});
