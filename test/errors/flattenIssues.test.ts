import { describe, expect, it } from "vitest";
import { ClienteleInputError, flattenIssues } from "../../src/errors/index.ts";

describe("flattenIssues", () => {
  it("groups messages by rendered path, keeping their order", () => {
    const e = new ClienteleInputError("f: invalid input", {
      issues: [
        { code: "a", path: ["rows", 0, "amount"], message: "first" },
        { code: "b", path: ["rows", 0, "amount"], message: "second" },
        { code: "c", path: [], message: "root" },
      ],
    });
    expect(flattenIssues(e)).toEqual({ "rows[0].amount": ["first", "second"], "(root)": ["root"] });
  });
});
