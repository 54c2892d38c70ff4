import { describe, expect, it } from "vitest";
import { readBgBbData } from "../../../../src/_lib/readBgBbData.ts";
import {
  bgBbLogLikelihood,
  bgBbLogLikelihoodOne,
  bgBbLogLikelihoodScaled,
} from "../../../../src/clv/bgBb/_internal/bgBbLogLikelihood.ts";
import { logBeta } from "../../../../src/math/logBeta.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadDonations } from "../../../_helpers/loadDonations.ts";

const data = readBgBbData("test", loadDonations());
const ll = bgBbLogLikelihood(data);

describe("bgBbLogLikelihood", () => {
  it("equals FHS 2010 eq. 5 summed term by term in linear space for (2, 4, 6)", () => {
    const [a, b, g, d] = [1.2, 0.75, 0.66, 2.8];
    let L = Math.exp(logBeta(a + 2, b + 4) - logBeta(a, b) + logBeta(g, d + 6) - logBeta(g, d));
    for (let i = 0; i <= 1; i++) {
      L += Math.exp(logBeta(a + 2, b + 4 - 2 + i) - logBeta(a, b) + logBeta(g + 1, d + 4 + i) - logBeta(g, d));
    }
    expectClose(bgBbLogLikelihoodOne(a, b, g, d, 2, 4, 6), Math.log(L), { rel: 1e-13 });
    // the scaled form is the same sum without its normalising constant B(α, β) B(γ, δ)
    expectClose(bgBbLogLikelihoodScaled(a, b, g, d, 2, 4, 6), Math.log(L) + logBeta(a, b) + logBeta(g, d), {
      rel: 1e-13,
    });
  });

  it("gives −33,225.58 on the donations data at the lifetimes estimates", () => {
    const phi = Float64Array.from([1.203522, 0.749716, 0.656718, 2.783442], Math.log);
    expectClose(ll(phi, new Float64Array(4)), -33225.58, { abs: 0.01 });
  });

  it("has an analytic gradient equal to central differences (1e-6 relative) on the donations data", () => {
    const phi = Float64Array.from([0.3, -0.2, 0.1, 0.9]);
    const gradient = new Float64Array(4);
    ll(phi, gradient);
    for (let i = 0; i < 4; i++) {
      const h = 1e-5;
      const up = Float64Array.from(phi);
      const down = Float64Array.from(phi);
      up[i] = up[i]! + h;
      down[i] = down[i]! - h;
      const numeric = (ll(up, new Float64Array(4)) - ll(down, new Float64Array(4))) / (2 * h);
      expectClose(gradient[i]!, numeric, { rel: 1e-6 }, `component ${i}`);
    }
  });

  it("returns NaN (not an exception) for overflowing parameters", () => {
    expect(ll(Float64Array.from([800, 0, 0, 0]), new Float64Array(4))).toBeNaN();
  });
});
