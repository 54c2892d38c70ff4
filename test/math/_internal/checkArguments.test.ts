import { describe, expect, it } from "vitest";
import { checkFunction, vectorLength } from "../../../src/math/_internal/checkArguments.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("vectorLength", () => {
  it("gives the length of arrays, typed arrays and array-likes", () => {
    expect(vectorLength("f", [1, 2], ["x"])).toBe(2);
    expect(vectorLength("f", new Float64Array(3), ["x"])).toBe(3);
    expect(vectorLength("f", { length: 0 }, ["x"])).toBe(0);
  });
  it("rejects anything else at its path, describing it safely", () => {
    for (const bad of [
      null,
      undefined,
      5,
      "ab",
      { length: -1 },
      { length: 2 ** 32 },
      { length: Number.NaN },
      Object.create(null),
    ]) {
      expect(issuePaths(expectClienteleError(() => vectorLength("f", bad, ["x"]), "invalid_input"))).toEqual(["x"]);
    }
  });
});

describe("checkFunction", () => {
  it("accepts functions and rejects the rest at its path", () => {
    expect(() => checkFunction("f", () => 1, ["g"])).not.toThrow();
    const error = expectClienteleError(() => checkFunction("f", Object.create(null), ["g"]), "invalid_input");
    expect(error.message).toBe("f: invalid input\n  ✖ expected a function, received object → at g");
  });
});
