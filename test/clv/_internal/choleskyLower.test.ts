import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { choleskyLower } from "../../../src/clv/_internal/choleskyLower.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

describe("choleskyLower", () => {
  it("factors [[4, 2], [2, 2]] as [[2, 0], [1, 1]]", () => {
    expect(
      choleskyLower([
        [4, 2],
        [2, 2],
      ]),
    ).toEqual([
      [2, 0],
      [1, 1],
    ]);
  });

  it("returns null for an indefinite or singular matrix", () => {
    expect(
      choleskyLower([
        [1, 2],
        [2, 1],
      ]),
    ).toBeNull();
    expect(
      choleskyLower([
        [1, 1],
        [1, 1],
      ]),
    ).toBeNull();
  });

  it("reproduces A = LLᵀ for random SPD matrices BBᵀ + I (property) and does not mutate its input", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 16, maxLength: 16 }), (b) => {
        const n = 4;
        const A = Array.from({ length: n }, (_, i) =>
          Array.from({ length: n }, (_, j) => {
            let s = i === j ? 1 : 0;
            for (let k = 0; k < n; k++) s += b[i * n + k]! * b[j * n + k]!;
            return s;
          }),
        );
        const copy = A.map((r) => [...r]);
        const L = choleskyLower(A)!;
        expect(A).toEqual(copy);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            let s = 0;
            for (let k = 0; k < n; k++) s += L[i]![k]! * L[j]![k]!;
            expectClose(s, A[i]![j]!, { abs: 1e-12 * (1 + Math.abs(A[i]![i]!)) });
            if (j > i) expect(L[i]![j]).toBe(0);
          }
        }
      }),
    );
  });
});
