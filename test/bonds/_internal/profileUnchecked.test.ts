import { describe, expect, it } from "vitest";
import { profileUnchecked } from "../../../src/bonds/_internal/profileUnchecked.ts";
import { bond } from "../_bondFixtures.ts";

describe("profileUnchecked", () => {
  it("gives a level without weight no share, and a copy of asOf", () => {
    const t = Date.UTC(2024, 5, 30);
    const p = profileUnchecked("c1", [bond("social", "club")], t, { financial: 1, social: 0, structural: 1 }, 0.5);
    expect(p.strength.byLevel.social).toBe(0);
    expect(p.strength.score).toBe(0);
    expect(p.counts.social).toBe(1);
    expect(p.asOf.getTime()).toBe(t);
  });
});
