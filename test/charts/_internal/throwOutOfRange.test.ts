import { describe, expect, it } from "vitest";
import { throwOutOfRange } from "../../../src/charts/_internal/throwOutOfRange.ts";
import { expectClienteleError } from "../../_helpers/expectIssue.ts";

describe("throwOutOfRange", () => {
  it("throws invalid_input at the path, naming what was expected and a short description of what came", () => {
    const e = expectClienteleError(
      () => throwOutOfRange("f", ["options", "x"], "y".repeat(1000), "a number ≤ 3"),
      "invalid_input",
    );
    expect(e.issues).toEqual([
      {
        code: "invalid_value",
        path: ["options", "x"],
        message: "expected a number ≤ 3, received string",
        expected: "a number ≤ 3",
        received: "string",
      },
    ]);
  });
});
