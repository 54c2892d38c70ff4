import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inSavedKeyOrder } from "../../../src/clv/_internal/inSavedKeyOrder.ts";

describe("inSavedKeyOrder", () => {
  it("orders the keys of nested objects as saved, walking arrays, and puts keys missing from the saved value last", () => {
    const saved = { b: 1, a: { y: [{ q: 1, p: 2 }], x: 2 }, dropped: true };
    const parsed = { a: { x: 2, y: [{ p: 2, q: 1 }] }, b: 1, added: 0 };
    const out = inSavedKeyOrder(saved, parsed);
    expect(JSON.stringify(out)).toBe('{"b":1,"a":{"y":[{"q":1,"p":2}],"x":2},"added":0}');
    expect(out).toEqual(parsed);
    expect(JSON.stringify(parsed)).toBe('{"a":{"x":2,"y":[{"p":2,"q":1}]},"b":1,"added":0}'); // not changed
  });

  it("keeps primitives, null and non-plain objects as they are, whatever the saved value", () => {
    const date = new Date(0);
    expect(inSavedKeyOrder({ a: 1 }, 3)).toBe(3);
    expect(inSavedKeyOrder("x", null)).toBe(null);
    expect(inSavedKeyOrder({ a: 1 }, date)).toBe(date);
    expect(inSavedKeyOrder(undefined, { a: [1, 2] })).toEqual({ a: [1, 2] });
  });

  it("keeps an own __proto__ key as data, never as the prototype", () => {
    const parsed = JSON.parse('{"__proto__":{"polluted":1},"a":1}') as Record<string, unknown>;
    const out = inSavedKeyOrder(JSON.parse('{"a":1,"__proto__":{"polluted":1}}'), parsed) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(["a", "__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("gives back the JSON text of any JSON object whose parsed form is shuffled (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const shuffled = JSON.parse(text, (_key, v: unknown) =>
          typeof v === "object" && v !== null && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v,
        ) as unknown;
        expect(JSON.stringify(inSavedKeyOrder(JSON.parse(text), shuffled))).toBe(text);
      }),
    );
  });
});
