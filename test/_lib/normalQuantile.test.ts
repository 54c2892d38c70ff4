import { describe, it } from "vitest";
import { normalQuantile } from "../../src/_lib/normalQuantile.ts";
import { expectClose } from "../_helpers/expectClose.ts";

// Reference values: R 4.x qnorm(p) printed with 17 significant digits (the same AS 241 algorithm).
describe("normalQuantile", () => {
  it("matches R's qnorm in the central region and both tails", () => {
    const cases: [number, number][] = [
      [0.5, 0],
      [0.975, 1.959963984540054],
      [0.025, -1.959963984540054],
      [0.995, 2.5758293035489004],
      [0.9, 1.2815515655446004],
      [0.95, 1.6448536269514722],
      [0.999, 3.090232306167813],
      [1e-10, -6.3613409024040557],
    ];
    for (const [p, z] of cases) expectClose(normalQuantile(p), z, { rel: 1e-14, abs: 1e-15 }, `p = ${p}`);
  });
});

describe("normalQuantile against Python's NormalDist().inv_cdf", () => {
  it("matches tabulated standard normal quantiles (Python 3 statistics.NormalDist().inv_cdf) in all three regions", () => {
    const table: [number, number][] = [
      [0.975, 1.9599639845400536],
      [0.95, 1.6448536269514715],
      [0.995, 2.5758293035489],
      [0.1, -1.2815515655446008],
      [0.5, 0],
      [1e-10, -6.361340902404056],
    ];
    for (const [p, z] of table) expectClose(normalQuantile(p), z, { rel: 1e-14, abs: 1e-300 }, `p = ${p}`);
  });

  it("is odd about 1/2", () => {
    for (const p of [0.01, 0.2, 0.4]) expectClose(normalQuantile(1 - p), -normalQuantile(p), { rel: 1e-13 });
  });
});
