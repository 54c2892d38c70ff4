import type { BondInstrument } from "../../customers/BondInstrumentSchema.ts";
import type { BondLevel } from "../../customers/BondLevelSchema.ts";
import type { BondProfile } from "../bondProfile.ts";
import type { BondWeights, PerBondLevel } from "../PerBondLevel.ts";
import { isActiveAt } from "./readBondInput.ts";

const LEVEL_ORDER: readonly BondLevel[] = ["financial", "social", "structural"];

/**
 * Builds a profile from checked input.
 *
 * @internal
 */
export function profileUnchecked(
  customerId: string | undefined,
  bonds: readonly BondInstrument[],
  t: number,
  weights: BondWeights,
  saturation: number,
): BondProfile {
  const financial: BondInstrument[] = [];
  const social: BondInstrument[] = [];
  const structural: BondInstrument[] = [];
  for (let i = 0; i < bonds.length; i++) {
    const b = bonds[i]!;
    if (!isActiveAt(b, t)) continue;
    if (b.level === "financial") financial.push(b);
    else if (b.level === "social") social.push(b);
    else structural.push(b);
  }
  const counts = { financial: financial.length, social: social.length, structural: structural.length };
  const highestLevel: BondLevel | null =
    counts.structural > 0 ? "structural" : counts.social > 0 ? "social" : counts.financial > 0 ? "financial" : null;
  const missingBelow: BondLevel[] = [];
  if (highestLevel !== null) {
    for (const level of LEVEL_ORDER) {
      if (level === highestLevel) break;
      if (counts[level] === 0) missingBelow.push(level);
    }
  }
  const total = weights.financial + weights.social + weights.structural;
  const keep = 1 - saturation;
  const byLevel: PerBondLevel<number> = {
    financial: share(weights.financial, counts.financial, keep, total),
    social: share(weights.social, counts.social, keep, total),
    structural: share(weights.structural, counts.structural, keep, total),
  };
  return {
    customerId,
    asOf: new Date(t),
    active: { financial, social, structural },
    counts,
    highestLevel,
    stacked: missingBelow.length === 0,
    missingBelow,
    strength: {
      score: byLevel.financial + byLevel.social + byLevel.structural,
      byLevel,
      weights,
      saturation,
    },
  };
}

/** A level's share of the score: w · (1 − keepⁿ) / total (0 without instruments or weight). */
function share(w: number, n: number, keep: number, total: number): number {
  return n === 0 || w === 0 ? 0 : (w * (1 - keep ** n)) / total;
}
