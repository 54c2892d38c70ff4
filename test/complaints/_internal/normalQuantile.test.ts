import { describe, it } from "vitest";
import { normalQuantile } from "../../../src/complaints/_internal/normalQuantile.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

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
