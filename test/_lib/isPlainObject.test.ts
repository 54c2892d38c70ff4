import { describe, expect, it } from "vitest";
import { isPlainObject } from "../../src/_lib/isPlainObject.ts";

describe("isPlainObject", () => {
  it("accepts object literals, null-prototype objects and frozen objects", () => {
    expect([{}, { a: 1 }, Object.create(null), Object.freeze({})].map(isPlainObject)).toEqual([true, true, true, true]);
  });
  it("rejects null, arrays, class instances, maps, dates, functions and primitives", () => {
    class Options {}
    expect([null, [], new Options(), new Map(), new Date(0), () => 1, "x", 1, undefined].map(isPlainObject)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
