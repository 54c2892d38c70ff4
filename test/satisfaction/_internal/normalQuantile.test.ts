import { describe, it } from "vitest";
import { normalQuantile } from "../../../src/satisfaction/_internal/normalQuantile.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

describe("normalQuantile (Wichura 1988, AS 241)", () => {
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
