import { describe, expect, it } from "vitest";
import { clienteleErrorCodes } from "../../src/errors/index.ts";

describe("clienteleErrorCodes", () => {
  it("lists each stable snake_case code exactly once", () => {
    expect(clienteleErrorCodes).toEqual([
      "invalid_input",
      "insufficient_data",
      "domain_error",
      "not_converged",
      "duplicate_rule",
      "unknown_rule",
      "invalid_rule",
      "aborted",
    ]);
    for (const code of clienteleErrorCodes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });
});
