import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeReceived } from "../../src/_lib/describeReceived.ts";

describe("describeReceived", () => {
  it("shows primitives as written, short strings quoted, and names everything else by kind", () => {
    const cases: [unknown, string][] = [
      [undefined, "undefined"],
      [null, "null"],
      [5, "5"],
      [-0.5, "-0.5"],
      [Number.NaN, "NaN"],
      [Number.NEGATIVE_INFINITY, "-Infinity"],
      [true, "true"],
      [10n, "10"],
      ["week", '"week"'],
      ["x".repeat(41), "string"],
      ["\u0000".repeat(10), "string"],
      [10n ** 50n, "bigint"],
      [new Date(0), "date"],
      [new Date(Number.NaN), "Invalid Date"],
      [[1, 2], "array"],
      [new Float64Array(2), "object"],
      [{ a: 1 }, "object"],
      [() => 1, "function"],
      [Symbol("s"), "symbol"],
    ];
    for (const [value, shown] of cases) expect(describeReceived(value), String(shown)).toBe(shown);
  });

  it("stays short whatever it is given (property)", () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withBigInt: true, withTypedArray: true }), (v) => {
        expect(describeReceived(v).length).toBeLessThanOrEqual(42);
      }),
    );
  });
});
