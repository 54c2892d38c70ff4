import { describe, expect, it } from "vitest";
import * as facade from "../../src/errors/index.ts";

describe("clientele/errors facade", () => {
  it("exports exactly the documented runtime API", () => {
    expect(Object.keys(facade).sort()).toEqual([
      "ClienteleConvergenceError",
      "ClienteleDomainError",
      "ClienteleError",
      "ClienteleInputError",
      "clienteleErrorCodes",
      "flattenIssues",
      "formatIssues",
      "formatPath",
      "isClienteleError",
    ]);
  });
});
