import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/errors/index.ts";

describe("formatPath", () => {
  it("renders indexes in brackets and identifiers with dots", () => {
    expect(formatPath(["rows", 1042, "amount"])).toBe("rows[1042].amount");
    expect(formatPath([3, "a"])).toBe("[3].a");
  });
  it("quotes keys that are not identifiers", () => {
    expect(formatPath(["scores", "first name"])).toBe('scores["first name"]');
  });
  it("names the root for an empty path", () => {
    expect(formatPath([])).toBe("(root)");
  });
});
