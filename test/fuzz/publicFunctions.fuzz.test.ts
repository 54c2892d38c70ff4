import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isClienteleError } from "../../src/errors/ClienteleError.ts";
import * as clientele from "../../src/index.ts";

// Every public function, called with hostile values (fast-check's `anything`: NaN, ±Infinity, -0, huge and
// tiny numbers, null-prototype objects, arrays, strings, symbols, bigints; deep-frozen in half the runs), must return or throw a
// ClienteleError — never another error type, never a result holding NaN or ±Infinity — and must not mutate what it was given. Seeded and bounded so CI
// stays fast; FUZZ_RUNS raises the number of runs per function (e.g. FUZZ_RUNS=2000 for a long run).
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

const functions = (Object.entries(clientele) as [string, unknown][]).filter(
  (entry): entry is [string, (...args: unknown[]) => unknown] =>
    typeof entry[1] === "function" && !/^[A-Z]/.test(entry[0]),
);

const hostile = fc.anything({
  maxDepth: 2,
  maxKeys: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** A deep copy that keeps what structuredClone cannot copy (symbols, functions) by reference. */
function snapshot(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? `${v}n` : Number.isNaN(v) ? "NaN" : v));
  } catch {
    return "unserialisable";
  }
}

/** Paths of NaN or ±Infinity numbers in a result (numbers, arrays, typed arrays, plain objects; three levels deep). */
function nonFinitePaths(value: unknown, path = "result", depth = 0): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (depth > 3 || value === null || typeof value !== "object") return [];
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const at = Array.prototype.findIndex.call(value, (v: unknown) => typeof v === "number" && !Number.isFinite(v));
    return at >= 0 ? [`${path}[${at}]`] : [];
  }
  if (Array.isArray(value)) return value.slice(0, 50).flatMap((v, i) => nonFinitePaths(v, `${path}[${i}]`, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return [];
  return Object.entries(value).flatMap(([k, v]) => nonFinitePaths(v, `${path}.${k}`, depth + 1));
}

/** Freezes a value and everything reachable from it (objects, arrays; typed arrays cannot be frozen). */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== "object" || seen.has(value) || ArrayBuffer.isView(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  return Object.freeze(value);
}

describe("public functions on hostile input", () => {
  it("covers every public function", () => {
    expect(functions.length).toBeGreaterThan(80);
  });

  for (const [name, fn] of functions) {
    it(`${name}: returns or throws a ClienteleError, and leaves its arguments as they were`, () => {
      const arity = Math.max(1, Math.min(fn.length, 4));
      fc.assert(
        fc.property(fc.array(hostile, { minLength: arity, maxLength: arity }), fc.boolean(), (drawn, frozen) => {
          // Half the runs deep-freeze the arguments: a function that writes to its input then throws a
          // TypeError (modules run in strict mode), which fails the property.
          const args = frozen ? deepFreeze(drawn) : drawn;
          const before = args.map(snapshot);
          let result: unknown;
          try {
            result = fn(...args);
          } catch (error) {
            if (!isClienteleError(error)) {
              throw new Error(
                `${name} threw ${(error as Error)?.constructor?.name}: ${String((error as Error)?.message).slice(0, 200)}`,
              );
            }
          }
          expect(nonFinitePaths(result), `${name} returned NaN or Infinity`).toEqual([]);
          expect(args.map(snapshot)).toEqual(before);
        }),
        { seed: 20261207, numRuns: RUNS },
      );
    });
  }
});

// scoreCustomers takes one options object, so the hostile values above rarely get past its first check:
// here every option is either valid or hostile, so that the customers, fits and ranking options are
// reached with bad values too (issue 16 item 7).
describe("scoreCustomers on options that are partly valid", () => {
  const valid = {
    customers: [
      { customerId: "a", frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 },
      { customerId: "b", frequency: 0, recency: 0, T: 38.86, monetaryValue: 0 },
    ],
    countFit: { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
    horizon: 52,
    spendFit: { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } },
    discountRate: 0.0018,
    margin: 0.3,
    sortBy: "lifetimeValue",
    top: 1,
  };
  it("returns or throws a ClienteleError, and leaves its options as they were", () => {
    const keys = Object.keys(valid) as (keyof typeof valid)[];
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(fc.constant(valid[k]), hostile)]))),
        (options) => {
          const before = snapshot(options);
          try {
            clientele.scoreCustomers(options as never);
          } catch (error) {
            if (!isClienteleError(error)) {
              throw new Error(
                `scoreCustomers threw ${(error as Error)?.constructor?.name}: ${String((error as Error)?.message).slice(0, 200)}`,
              );
            }
          }
          expect(snapshot(options)).toEqual(before);
        },
      ),
      { seed: 20261207, numRuns: RUNS * 5 },
    );
  });
});
