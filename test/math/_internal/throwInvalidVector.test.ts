import { describe, expect, it } from "vitest";
import { throwInvalidVector } from "../../../src/math/_internal/throwInvalidVector.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("throwInvalidVector", () => {
  it("throws invalid_input with one issue per entry that is not a finite number, by index", () => {
    const error = expectClienteleError(
      () => throwInvalidVector("f", [0, Number.NaN, 2, undefined], ["x0"]),
      "invalid_input",
    );
    expect(issuePaths(error)).toEqual(["x0[1]", "x0[3]"]);
    expect(error.message).toMatchInlineSnapshot(`
      "f: invalid input
        ✖ expected finite number, received NaN → at x0[1]
        ✖ expected finite number, received undefined → at x0[3]"
    `);
  });

  it("uses bare indexes when the vector is the whole input", () => {
    expect(
      issuePaths(expectClienteleError(() => throwInvalidVector("f", [Number.POSITIVE_INFINITY], []), "invalid_input")),
    ).toEqual(["[0]"]);
  });
});
