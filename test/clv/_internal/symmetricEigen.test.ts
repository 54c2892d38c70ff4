import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { symmetricEigen } from "../../../src/clv/_internal/symmetricEigen.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

describe("symmetricEigen", () => {
  it("gives the eigenvalues of a hand-checked 2 × 2 matrix [[2, 1], [1, 2]]: 1 and 3, eigenvectors (1, ∓1)/√2", () => {
    const { values, vectors } = symmetricEigen([
      [2, 1],
      [1, 2],
    ]);
    const order = values[0]! < values[1]! ? [0, 1] : [1, 0];
    expectClose(values[order[0]!]!, 1, { rel: 1e-15 });
    expectClose(values[order[1]!]!, 3, { rel: 1e-15 });
    const low = order[0]!;
    expectClose(Math.abs(vectors[0]![low]!), Math.SQRT1_2, { rel: 1e-15 });
    expect(Math.sign(vectors[0]![low]!)).toBe(-Math.sign(vectors[1]![low]!));
  });

  it("handles indefinite matrices (a negative eigenvalue) and diagonal ones", () => {
    const { values } = symmetricEigen([
      [1, 0],
      [0, -4],
    ]);
    expect([...values].sort((a, b) => a - b)).toEqual([-4, 1]);
  });

  it("satisfies A v = λ v with orthonormal v for random symmetric 4 × 4 matrices, and does not mutate its input", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 10, maxLength: 10 }), (u) => {
        const a: number[][] = [[], [], [], []];
        let t = 0;
        for (let i = 0; i < 4; i++) for (let j = i; j < 4; j++) a[i]![j] = a[j]![i] = u[t++]!;
        const copy = structuredClone(a);
        const { values, vectors } = symmetricEigen(a);
        expect(a).toEqual(copy);
        const scale = Math.max(1, ...u.map(Math.abs));
        for (let j = 0; j < 4; j++) {
          for (let i = 0; i < 4; i++) {
            let av = 0;
            for (let k = 0; k < 4; k++) av += a[i]![k]! * vectors[k]![j]!;
            expect(Math.abs(av - values[j]! * vectors[i]![j]!)).toBeLessThan(1e-12 * scale);
          }
          for (let m = 0; m < 4; m++) {
            let dot = 0;
            for (let k = 0; k < 4; k++) dot += vectors[k]![j]! * vectors[k]![m]!;
            expect(Math.abs(dot - (j === m ? 1 : 0))).toBeLessThan(1e-12);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
