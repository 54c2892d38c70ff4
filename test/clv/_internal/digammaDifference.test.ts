import { describe, expect, it } from "vitest";
import { digammaUnchecked } from "../../../src/_lib/digammaUnchecked.ts";
import { digammaDifference } from "../../../src/clv/_internal/digammaDifference.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

describe("digammaDifference", () => {
  it("is 0 for n = 0 and 1/p for n = 1 (DLMF 5.5.2)", () => {
    expect(digammaDifference(0.3, 0)).toBe(0);
    expect(digammaDifference(0.3, 1)).toBe(1 / 0.3);
  });

  it("matches ψ(p + n) − ψ(p) for moderate p on both sides of the 64-term switch", () => {
    for (const p of [0.01, 0.7, 3.5]) {
      for (const n of [5, 64, 65, 500]) {
        expectClose(
          digammaDifference(p, n),
          digammaUnchecked(p + n) - digammaUnchecked(p),
          { rel: 1e-13 },
          `p ${p} n ${n}`,
        );
      }
    }
  });

  it("keeps relative accuracy for a large p and a small n, where the two digammas cancel (ψ(1e8 + 2) − ψ(1e8))", () => {
    expectClose(digammaDifference(1e8, 2), 1 / 1e8 + 1 / (1e8 + 1), { rel: 1e-15 });
  });
});
