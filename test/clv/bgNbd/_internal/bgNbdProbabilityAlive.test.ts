import { describe, expect, it } from "vitest";
import { bgNbdProbabilityAlive } from "../../../../src/clv/bgNbd/_internal/bgNbdProbabilityAlive.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadCustomerCases } from "../../../fixtures/bgnbd-mpmath/loadFixture.ts";

describe("bgNbdProbabilityAlive", () => {
  it("matches the BG/NBD P(alive) (Fader, Hardie & Lee 2008 note) evaluated by mpmath to 2e-13 relative (incl. x = 500, T = 5000)", () => {
    for (const c of loadCustomerCases()) {
      const p = bgNbdProbabilityAlive(c)(c.x, c.tx, c.T);
      expectClose(p, c.palive, { rel: 2e-13 }, `${c.group} x ${c.x} t_x ${c.tx} T ${c.T}`);
    }
  });

  it("is exactly 1 without repeat purchases (the BG/NBD property)", () => {
    expect(bgNbdProbabilityAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 })(0, 0, 1e9)).toBe(1);
  });

  it("gives 0, not NaN, when the odds overflow (a heavy buyer silent for very long)", () => {
    expect(bgNbdProbabilityAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 })(500, 1, 1e6)).toBe(0);
  });
});
