import { describe, it } from "vitest";
import { stirlingCorrection } from "../../src/_lib/stirlingCorrection.ts";
import { expectClose } from "../_helpers/expectClose.ts";

describe("stirlingCorrection", () => {
  it("matches ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π] from mpmath 1.3.0 to 1e-15 relative for x ≥ 10", () => {
    // mpmath 1.3.0, 40 digits: loggamma(x) − ((x − ½) log x − x + log(2π)/2)
    const reference: [number, string][] = [
      [10, "0.0083305634333628712565"],
      [100, "0.00083333055563491468338"],
      [1000, "0.000083333330555556349206"],
      [1e10, "8.333333333333333334e-12"],
    ];
    for (const [x, omega] of reference) expectClose(stirlingCorrection(x), Number(omega), { rel: 1e-15 }, `x = ${x}`);
  });
});
