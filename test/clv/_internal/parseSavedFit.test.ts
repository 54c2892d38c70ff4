import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { parseSavedFit, readSavedJson } from "../../../src/clv/_internal/parseSavedFit.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const Schema = z.object({ model: z.literal("m"), value: z.number() });

describe("parseSavedFit", () => {
  it("reads JSON text or takes a value as it is, then validates it", () => {
    expect(readSavedJson("f", '{"a":1}')).toEqual({ a: 1 });
    const value = { a: 1 };
    expect(readSavedJson("f", value)).toBe(value);
    expect(parseSavedFit("f", Schema, '{"model":"m","value":2}')).toEqual({ model: "m", value: 2 });
    expect(parseSavedFit("f", Schema, { model: "m", value: 2 })).toEqual({ model: "m", value: 2 });
  });

  it("throws invalid_input with an empty path for text that is not JSON, and with the field's path otherwise", () => {
    const notJson = expectClienteleError(() => parseSavedFit("load", Schema, "{"), "invalid_input");
    expect(notJson.message).toMatch(/^load: invalid input/);
    expect(issuePaths(notJson)).toEqual([""]);
    expect(
      issuePaths(expectClienteleError(() => parseSavedFit("f", Schema, { model: "m", value: "2" }), "invalid_input")),
    ).toEqual(["value"]);
  });
});
