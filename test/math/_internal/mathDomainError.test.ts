import { describe, expect, it } from "vitest";
import { isClienteleError } from "../../../src/errors/index.ts";
import { mathDomainError } from "../../../src/math/_internal/mathDomainError.ts";

describe("mathDomainError", () => {
  it("builds a domain_error whose message starts with the function name and whose one issue has the path", () => {
    const error = mathDomainError("logGamma", "x = 0 is a pole of Γ", ["x"]);
    expect(isClienteleError(error, "domain_error")).toBe(true);
    expect(error.issues).toEqual([{ code: "domain_error", path: ["x"], message: "x = 0 is a pole of Γ" }]);
    expect(error.message.startsWith("logGamma: x = 0 is a pole of Γ")).toBe(true);
  });

  it("defaults to an empty path (the result as a whole)", () => {
    expect(mathDomainError("f", "overflows").issues[0]!.path).toEqual([]);
  });
});
