import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapCustomers } from "../../../src/clv/_internal/mapCustomers.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const sum = (x: number, r: number, T: number) => x + r + T;

describe("mapCustomers", () => {
  it("returns a number for one customer and a Float64Array for columns (arrays or typed arrays), ignoring other keys", () => {
    expect(mapCustomers("f", { frequency: 2, recency: 1, T: 3, customerId: "a" }, sum, false)).toBe(6);
    const out = mapCustomers(
      "f",
      { frequency: [0, 2], recency: [0, 1], T: [1, 3], customerId: ["a", "b"] },
      sum,
      false,
    );
    expect(out).toEqual(Float64Array.of(1, 6));
    expect(
      mapCustomers(
        "f",
        { frequency: Float64Array.of(1), recency: Float64Array.of(1), T: Float64Array.of(1) },
        sum,
        false,
      ),
    ).toEqual(Float64Array.of(3));
  });

  it("clamps rounding beyond [0, 1] for probabilities and below 0 otherwise", () => {
    expect(mapCustomers("f", { frequency: 1, recency: 1, T: 1 }, () => 1 + 1e-16, true)).toBe(1);
    expect(mapCustomers("f", { frequency: 1, recency: 1, T: 1 }, () => -1e-18, false)).toBe(0);
    expect(mapCustomers("f", { frequency: [1], recency: [1], T: [1] }, () => 1.0000000000000002, true)).toEqual(
      Float64Array.of(1),
    );
  });

  it("turns NaN or ±Infinity from the kernel into domain_error at the customer", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => mapCustomers("f", { frequency: 1, recency: 1, T: 1 }, () => Number.NaN, false),
          "domain_error",
        ),
      ),
    ).toEqual(["customer"]);
    const e = expectClienteleError(
      () =>
        mapCustomers(
          "f",
          { frequency: [1, 1], recency: [1, 1], T: [1, 2] },
          (_x, _r, T) => (T === 2 ? Number.POSITIVE_INFINITY : 1),
          false,
        ),
      "domain_error",
    );
    expect(issuePaths(e)).toEqual(["customer[1]"]);
  });

  it("rejects bad values with invalid_input and paths customer.field or customer.field[i]", () => {
    let e = expectClienteleError(
      () => mapCustomers("f", { frequency: 1.5, recency: -1, T: "3" }, sum, false),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["customer.frequency", "customer.recency", "customer.T"]);
    // The one describer of received values: strings in quotes, arrays as `array`.
    expect(e.issues.map((i) => i.received)).toEqual(["1.5", "-1", '"3"']);
    e = expectClienteleError(
      () =>
        mapCustomers(
          "f",
          { frequency: Float64Array.of(1, 2), recency: Float64Array.of(1, Number.NaN), T: Float64Array.of(2, 2) },
          sum,
          false,
        ),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["customer.recency[1]"]);
    // A number in any field means one customer: the array fields are then bad values.
    e = expectClienteleError(
      () => mapCustomers("f", { frequency: [1, 2], recency: [1], T: 5 }, sum, false),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["customer.frequency", "customer.recency"]);
    expect(e.issues.map((i) => i.received)).toEqual(["array", "array"]);
    e = expectClienteleError(
      () => mapCustomers("f", { frequency: [1, 2], recency: [1], T: [3, 3] }, sum, false),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["customer.recency"]);
    expectClienteleError(() => mapCustomers("f", null, sum, false), "invalid_input");
  });

  it("rejects impossible customers (recency > T, or recency > 0 with frequency 0) with domain_error", () => {
    const e = expectClienteleError(
      () => mapCustomers("f", { frequency: [1, 0, 1], recency: [5, 1, 1], T: [3, 3, 3] }, sum, false),
      "domain_error",
    );
    expect(issuePaths(e)).toEqual(["customer.recency[0]", "customer.recency[1]"]);
    expect(e.message).toMatch(/^f: 2 customers are impossible/);
  });

  it("does not mutate its input (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 20 }), (xs) => {
        const input = { frequency: xs, recency: xs.map((x) => (x === 0 ? 0 : x / 2)), T: xs.map((x) => x + 1) };
        const copy = structuredClone(input);
        mapCustomers("f", input, sum, false);
        expect(input).toEqual(copy);
      }),
    );
  });
});

describe("mapCustomers on many bad customers (issue 17, item 7)", () => {
  it("keeps the first 10,000 issues of a NaN column and counts all (probabilityAlive with 1e7 NaN ran out of heap)", () => {
    const n = 1_000_000;
    const e = expectClienteleError(
      () =>
        mapCustomers(
          "probabilityAlive",
          {
            frequency: new Float64Array(n).fill(Number.NaN),
            recency: new Float64Array(n),
            T: new Float64Array(n).fill(1),
          },
          sum,
          false,
        ),
      "invalid_input",
    );
    expect(e.issues.length).toBe(10_000);
    expect(e.issueCount).toBe(n);
    expect(e.issues[0]).toMatchObject({ path: ["customer", "frequency", 0], received: "NaN" });
  });

  it("caps impossible customers alike", () => {
    const n = 50_000;
    const e = expectClienteleError(
      () =>
        mapCustomers(
          "probabilityAlive",
          {
            frequency: new Float64Array(n).fill(1),
            recency: new Float64Array(n).fill(3),
            T: new Float64Array(n).fill(1),
          },
          sum,
          false,
        ),
      "domain_error",
    );
    expect(e.issues.length).toBe(10_000);
    expect(e.issueCount).toBe(n);
  });
});
