import { describe, expect, it } from "vitest";
import { throwInvalidNumbers } from "../../../src/math/_internal/throwInvalidNumbers.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("throwInvalidNumbers", () => {
  it("throws invalid_input with one issue per argument that is not a finite number, in argument order", () => {
    const error = expectClienteleError(
      () => throwInvalidNumbers("f", { a: 1, b: Number.NaN, c: "x", d: Number.NEGATIVE_INFINITY }),
      "invalid_input",
    );
    expect(issuePaths(error)).toEqual(["b", "c", "d"]);
    expect(error.issues.map((i) => i.received)).toEqual(["NaN", '"x"', "-Infinity"]);
    expect(error.message).toMatchInlineSnapshot(`
      "f: invalid input
        ✖ expected finite number, received NaN → at b
        ✖ expected finite number, received "x" → at c
        ✖ expected finite number, received -Infinity → at d"
    `);
  });

  it("prefixes the paths with basePath", () => {
    const error = expectClienteleError(
      () => throwInvalidNumbers("f", { tolerance: null }, ["options"]),
      "invalid_input",
    );
    expect(issuePaths(error)).toEqual(["options.tolerance"]);
  });
});
