import { describe, expect, it } from "vitest";
import { buildCountData } from "../../../src/_lib/buildCountData.ts";
import {
  paretoNbdLogLikelihood,
  paretoNbdLogLikelihoodValue,
} from "../../../src/clv/paretoNbd/paretoNbdLogLikelihood.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { loadCdnowSummary } from "../../_helpers/loadCdnowSummary.ts";

const rows = loadCdnowSummary();
const data = buildCountData(
  rows.length,
  rows.map((r) => r.frequency),
  rows.map((r) => r.recency),
  rows.map((r) => r.T),
  rows.map(() => 1),
);
const at = (r: number, alpha: number, s: number, beta: number) => Float64Array.from([r, alpha, s, beta].map(Math.log));

describe("paretoNbdLogLikelihood", () => {
  it("gives ln L = −9594.97 on CDNOW at lifetimes' estimates (r .553282, α 10.577753, s .606171, β 11.666907)", () => {
    const value = paretoNbdLogLikelihoodValue(data)(at(0.553282, 10.577753, 0.606171, 11.666907));
    expectClose(value, -9594.97, { abs: 0.005 });
  });

  it("returns a gradient in the log-parameters that matches a wide central difference to 1e-5 relative away from the optimum", () => {
    const f = paretoNbdLogLikelihood(data);
    const value = paretoNbdLogLikelihoodValue(data);
    const phi = at(0.3, 5, 1.2, 20);
    const gradient = new Float64Array(4);
    const ll = f(phi, gradient);
    expect(ll).toBe(value(phi));
    for (let i = 0; i < 4; i++) {
      const h = 1e-4;
      const plus = Float64Array.from(phi);
      const minus = Float64Array.from(phi);
      plus[i] = phi[i]! + h;
      minus[i] = phi[i]! - h;
      expectClose(gradient[i]!, (value(plus) - value(minus)) / (2 * h), { rel: 1e-5 }, `component ${i}`);
    }
  });

  it("returns NaN (not a throw) for parameters that overflow", () => {
    const f = paretoNbdLogLikelihood(data);
    expect(f(Float64Array.from([800, 1, 0, 0]), new Float64Array(4))).toBeNaN();
  });
});
