import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { safeParse } from "zod/v4/core";
import { recordSchema } from "../../../src/customers/_internal/recordSchema.ts";

describe("recordSchema", () => {
  const schema = recordSchema(z.string(), z.number());
  it("parses records as z.record does", () => {
    expect(safeParse(schema, { a: 1, b: 2 })).toEqual({ success: true, data: { a: 1, b: 2 } });
    expect(safeParse(schema, { a: "x" }).success).toBe(false);
    expect(safeParse(schema, null).success).toBe(false);
  });
  it('fails on an own "__proto__" key, which z.record drops', () => {
    const input = JSON.parse('{"__proto__": 1, "a": 2}');
    expect(safeParse(z.record(z.string(), z.number()), input)).toEqual({ success: true, data: { a: 2 } });
    const result = safeParse(schema, input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["__proto__"]);
  });
});
