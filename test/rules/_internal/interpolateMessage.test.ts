import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { interpolateMessage } from "../../../src/rules/_internal/interpolateMessage.ts";

describe("interpolateMessage", () => {
  it("fills every {{name}} placeholder, numbers rendered with String()", () => {
    expect(interpolateMessage("cost {{cost}} exceeds margin {{margin}}", { cost: 120, margin: 80.5 })).toEqual({
      ok: true,
      message: "cost 120 exceeds margin 80.5",
    });
  });
  it("allows spaces inside the braces and repeated placeholders", () => {
    expect(interpolateMessage("{{ a }}-{{a}}", { a: "x" })).toEqual({ ok: true, message: "x-x" });
  });
  it("returns a template without placeholders unchanged and ignores unused data", () => {
    expect(interpolateMessage("plain", { extra: 1 })).toEqual({ ok: true, message: "plain" });
  });
  it("lists each missing placeholder once, in order of first use", () => {
    expect(interpolateMessage("{{b}} {{a}} {{b}} {{c}}", { c: 1 })).toEqual({ ok: false, missing: ["b", "a"] });
  });
  it("does not read inherited properties as values", () => {
    expect(interpolateMessage("{{toString}}", {})).toEqual({ ok: false, missing: ["toString"] });
  });
  it("does not mutate the data it reads", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())), fc.string(), (data, text) => {
        const copy = structuredClone(data);
        interpolateMessage(`${text}{{k}}`, data);
        expect(data).toEqual(copy);
      }),
    );
  });
});
