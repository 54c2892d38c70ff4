import { describe, expectTypeOf, it } from "vitest";
import type { ClienteleIssue } from "../../src/errors/index.ts";

describe("ClienteleIssue", () => {
  it("has a code, a path of strings and numbers, a message, and optional expected/received strings", () => {
    expectTypeOf<ClienteleIssue["code"]>().toEqualTypeOf<string>();
    expectTypeOf<ClienteleIssue["path"]>().toEqualTypeOf<readonly (string | number)[]>();
    expectTypeOf<ClienteleIssue["message"]>().toEqualTypeOf<string>();
    expectTypeOf<ClienteleIssue["expected"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ClienteleIssue["received"]>().toEqualTypeOf<string | undefined>();
  });
});
