import { describe, expect, it } from "vitest";
import { throwInvalidValue } from "../../src/_lib/invalidValue.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("invalidValue", () => {
  it("throws invalid_input with one invalid_value issue at a copy of the path", () => {
    const path = ["options", "rate"];
    const e = expectClienteleError(
      () => throwInvalidValue("f", path, "expected ≥ 0, received -1", "≥ 0", "-1"),
      "invalid_input",
    );
    expect(e.message).toMatch(/^f: invalid input/);
    expect(issuePaths(e)).toEqual(["options.rate"]);
    expect(e.issues[0]).toMatchObject({ code: "invalid_value", expected: "≥ 0", received: "-1" });
    expect(e.issues[0]!.path).not.toBe(path);
  });
});
