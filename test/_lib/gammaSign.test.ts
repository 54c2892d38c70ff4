import { describe, expect, it } from "vitest";
import { gammaSign } from "../../src/_lib/gammaSign.ts";

describe("gammaSign", () => {
  it("is +1 for x > 0 (including +∞)", () => {
    for (const x of [1e-300, 0.5, 3, 1e300, Number.POSITIVE_INFINITY]) expect(gammaSign(x)).toBe(1);
  });

  it("alternates on the negative axis: −1 on (−1, 0), +1 on (−2, −1), −1 on (−3, −2)", () => {
    expect(gammaSign(-0.5)).toBe(-1);
    expect(gammaSign(-1e-8)).toBe(-1);
    expect(gammaSign(-1.5)).toBe(1);
    expect(gammaSign(-2.5)).toBe(-1);
    expect(gammaSign(-10.3)).toBe(-1);
    expect(gammaSign(-11.3)).toBe(1);
  });

  it("is NaN at the poles 0, −1, −2, … and for NaN or −∞", () => {
    for (const x of [0, -1, -2, -1e6, Number.NaN, Number.NEGATIVE_INFINITY]) expect(gammaSign(x)).toBeNaN();
  });
});
