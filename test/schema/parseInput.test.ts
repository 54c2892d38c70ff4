import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";

const Options = z.strictObject({ rate: z.number().check(z.gte(0)), unit: z.enum(["day", "week"]) });

describe("parseInput", () => {
  it("returns the parsed value for valid input", () => {
    expect(parseInput("f", Options, { rate: 0.1, unit: "week" })).toEqual({ rate: 0.1, unit: "week" });
  });

  it("throws invalid_input naming the function and every bad field by path", () => {
    const e = expectClienteleError(
      () => parseInput("myFunction", Options, { rate: -1, unit: "month", extra: 1 }),
      "invalid_input",
    );
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ["too_small", ["rate"]],
      ["invalid_value", ["unit"]],
      ["unrecognized_keys", []],
    ]);
    expect(e.message).toMatchInlineSnapshot(`
      "myFunction: invalid input
        ✖ unknown key "extra"
        ✖ expected number ≥ 0, received -1 → at rate
        ✖ expected one of "day" | "week", received "month" → at unit"
    `);
  });

  it("prefixes paths with basePath", () => {
    const e = expectClienteleError(
      () => parseInput("f", Options, { rate: "x", unit: "day" }, ["options"]),
      "invalid_input",
    );
    expect(e.issues[0]?.path).toEqual(["options", "rate"]);
    expect(e.issues[0]?.expected).toBe("number");
    expect(e.issues[0]?.received).toBe('"x"');
  });

  it("keeps the zod error as the cause", () => {
    const e = expectClienteleError(() => parseInput("f", z.number(), "x"), "invalid_input");
    expect(e.cause).toBeDefined();
  });
});

describe("parseInput on a long array of bad values (issue 17 fuzz)", () => {
  it("keeps the first 10,000 issues and counts them all, as the row readers do", () => {
    const e = expectClienteleError(
      () => parseInput("f", z.array(z.number()), new Array(20_000).fill(null)),
      "invalid_input",
    );
    expect([e.issues.length, e.issueCount]).toEqual([10_000, 20_000]);
    expect(e.issues[0]?.path).toEqual([0]);
    expect(e.message.length).toBeLessThan(2_000);
  });
});
