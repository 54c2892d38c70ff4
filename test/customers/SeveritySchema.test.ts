import { describe, expect, it } from "vitest";
import { SeveritySchema } from "../../src/customers/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";

describe("SeveritySchema", () => {
  it("accepts minor and major only", () => {
    expect(parseInput("f", SeveritySchema, "minor")).toBe("minor");
    expect(parseInput("f", SeveritySchema, "major")).toBe("major");
    expect(
      expectClienteleError(() => parseInput("f", SeveritySchema, "critical"), "invalid_input").issues[0]?.message,
    ).toBe('expected one of "minor" | "major", received "critical"');
  });
});
