import { describe, expect, it } from "vitest";
import { buildCountData } from "../../../../src/clv/_internal/buildCountData.ts";
import { bgNbdFamilyHessian } from "../../../../src/clv/bgNbd/_internal/bgNbdFamilyHessian.ts";
import { bgNbdFamilyLogLikelihood } from "../../../../src/clv/bgNbd/_internal/bgNbdFamilyLogLikelihood.ts";
import { hessian } from "../../../../src/math/hessian.ts";
import { loadCdnowSummary } from "../../../_helpers/loadCdnowSummary.ts";

const rows = loadCdnowSummary();
// CDNOW plus heavy buyers (x above 64, where Q(p, n) comes from trigamma differences) and large T.
const x = [...rows.map((r) => r.frequency), 100, 500, 10_000, 0];
const tx = [...rows.map((r) => r.recency), 40, 70, 77.9, 0];
const T = [...rows.map((r) => r.T), 52, 78, 78, 1e5];
const data = buildCountData(x.length, x, tx, T, undefined);

describe("bgNbdFamilyHessian", () => {
  it("equals central differences of the analytic gradient (BG/NBD and MBG/NBD, CDNOW with heavy buyers up to x = 10,000 and T up to 1e5) to 1e-6 of the diagonal scale", () => {
    for (const dropoutAtZero of [false, true]) {
      const ll = bgNbdFamilyLogLikelihood(data, dropoutAtZero);
      const analytic = bgNbdFamilyHessian(data, dropoutAtZero);
      for (const p of [
        [0.243, 4.414, 0.793, 2.426],
        [0.525, 6.183, 0.891, 1.614],
        [2, 0.5, 5, 0.2],
      ]) {
        const phi = Float64Array.from(p, Math.log);
        const h = analytic(phi)!;
        const numeric = hessian({ valueAndGradient: (v, g) => ll(v, g) }, phi);
        for (let i = 0; i < 4; i++) {
          for (let j = 0; j < 4; j++) {
            const scale = Math.sqrt(Math.abs(numeric[i]![i]! * numeric[j]![j]!));
            expect(Math.abs(h[i]![j]! - numeric[i]![j]!), `${dropoutAtZero} ${p} [${i}][${j}]`).toBeLessThanOrEqual(
              1e-6 * scale,
            );
            expect(h[i]![j]).toBe(h[j]![i]);
          }
        }
      }
    }
  });

  it("gives null where the parameters overflow", () => {
    expect(bgNbdFamilyHessian(data, false)(Float64Array.of(800, 0, 0, 0))).toBeNull();
  });
});
