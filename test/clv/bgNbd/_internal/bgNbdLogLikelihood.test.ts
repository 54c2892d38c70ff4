import { describe, expect, it } from "vitest";
import { buildCountData } from "../../../../src/clv/_internal/buildCountData.ts";
import { bgNbdLogLikelihood } from "../../../../src/clv/bgNbd/_internal/bgNbdLogLikelihood.ts";
import { numericalGradient } from "../../../../src/math/numericalGradient.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadCustomerCases } from "../../../fixtures/bgnbd-mpmath/loadFixture.ts";

const logParams = (r: number, alpha: number, a: number, b: number) =>
  Float64Array.of(Math.log(r), Math.log(alpha), Math.log(a), Math.log(b));

describe("bgNbdLogLikelihood", () => {
  it("matches Fader, Hardie & Lee (2005) eq. 6 evaluated by mpmath for one customer, to 1e-12 relative (180 cases incl. x = 500, r = 1e-3 and 1e3)", () => {
    const seen = new Set<string>();
    for (const c of loadCustomerCases()) {
      const key = `${c.group} ${c.x} ${c.tx} ${c.T}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ll = bgNbdLogLikelihood(buildCountData(1, [c.x], [c.tx], [c.T], undefined));
      expectClose(ll(logParams(c.r, c.alpha, c.a, c.b), new Float64Array(4)), c.ll, { rel: 1e-12 }, key);
    }
  });

  it("sums weighted triples: the compressed data give the same ln L as one row per customer", () => {
    const x = [0, 0, 3, 3, 7, 1];
    const tx = [0, 0, 20.5, 20.5, 30, 2];
    const T = [38, 38, 38, 38, 31, 38];
    const one = bgNbdLogLikelihood(buildCountData(6, x, tx, T, undefined));
    const theta = logParams(0.3, 5, 0.9, 2.2);
    const g = new Float64Array(4);
    let total = 0;
    for (let i = 0; i < 6; i++)
      total += bgNbdLogLikelihood(buildCountData(1, [x[i]!], [tx[i]!], [T[i]!], undefined))(theta, g);
    expectClose(one(theta, g), total, { rel: 1e-14 });
  });

  it("has an analytic gradient equal to the central-difference gradient (numericalGradient) to 1e-6 relative, at ordinary and extreme parameters", () => {
    const data = buildCountData(
      8,
      [0, 1, 2, 5, 26, 500, 0, 3],
      [0, 2.5, 30.43, 12, 30.86, 4999, 0, 1],
      [38.86, 38.86, 38.86, 20, 31, 5000, 27, 1],
      [1411, 3, 2, 1, 1, 1, 9, 4],
    );
    const ll = bgNbdLogLikelihood(data);
    const points: [number, number, number, number][] = [
      [0.243, 4.414, 0.793, 2.426],
      [1, 10, 2, 3],
      [0.01, 0.5, 0.1, 50],
      [100, 300, 5, 0.3],
      [1e-3, 4, 0.8, 2.5],
      [1e3, 4000, 0.8, 2.5],
    ];
    for (const p of points) {
      const theta = logParams(...p);
      const analytic = new Float64Array(4);
      ll(theta, analytic);
      const numeric = numericalGradient((t) => ll(t, new Float64Array(4)), theta);
      const scale = Math.max(...analytic.map(Math.abs), 1);
      for (let i = 0; i < 4; i++) {
        expectClose(analytic[i]!, numeric[i]!, { abs: 1e-6 * scale }, `params ${p.join(", ")} component ${i}`);
      }
    }
  });

  it("returns NaN (not an exception) when the parameters overflow", () => {
    const ll = bgNbdLogLikelihood(buildCountData(1, [1], [1], [2], undefined));
    expect(ll(Float64Array.of(800, 0, 0, 0), new Float64Array(4))).toBeNaN();
    expect(ll(Float64Array.of(0, 0, 0, -800), new Float64Array(4))).toBeNaN();
  });
});
