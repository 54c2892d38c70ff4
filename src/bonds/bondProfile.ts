import { describeReceived } from "../_lib/describeReceived.ts";
import { isPlainObject } from "../_lib/isPlainObject.ts";
import type { BondInstrument } from "../customers/BondInstrumentSchema.ts";
import type { BondLevel } from "../customers/BondLevelSchema.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { profileUnchecked } from "./_internal/profileUnchecked.ts";
import { readAsOf, readBondInput } from "./_internal/readBondInput.ts";
import { readStrengthOptions } from "./_internal/readStrengthOptions.ts";
import type { BondStrength } from "./BondStrength.ts";
import type { BondWeights, PerBondLevel } from "./PerBondLevel.ts";

const FN = "bondProfile";

/**
 * A customer's bonds at a date: the active instruments per level, the highest level, whether the levels
 * are stacked as Berry & Parasuraman expect, and the bond-strength score. Made by {@link bondProfile}.
 *
 * @example
 * ```ts
 * import { bondProfile, type BondProfile } from "clientele/bonds";
 * const p: BondProfile = bondProfile([], { asOf: "2024-06-30" });
 * p.highestLevel; // => null
 * ```
 * @category Bonds
 */
export interface BondProfile {
  /** The customer (the record's id, or the instruments' common one; `undefined` for an empty list). */
  readonly customerId: string | undefined;
  /** The date the profile describes. */
  readonly asOf: Date;
  /** Instruments active at `asOf` (start ≤ asOf < end), by level, in input order. */
  readonly active: PerBondLevel<readonly BondInstrument[]>;
  /** How many instruments are active at each level. */
  readonly counts: PerBondLevel<number>;
  /** The highest level with an active instrument, or `null` when none is active. */
  readonly highestLevel: BondLevel | null;
  /**
   * Whether the levels are stacked as the theory expects: every level below the highest has an active
   * instrument (a structural bond rests on social and financial ones, a social bond on a financial one).
   * `true` when no bond is active.
   */
  readonly stacked: boolean;
  /** The levels below the highest that have no active instrument (empty when stacked), lowest first. */
  readonly missingBelow: readonly BondLevel[];
  /** The bond-strength score and its inputs. */
  readonly strength: BondStrength;
}

/**
 * Options of {@link bondProfile}.
 *
 * @example
 * ```ts
 * import type { BondProfileOptions } from "clientele/bonds";
 * const options: BondProfileOptions = { asOf: "2024-06-30", weights: { structural: 5 }, saturation: 1 };
 * ```
 * @category Bonds
 */
export interface BondProfileOptions {
  /** The date to profile (required: the library never reads the clock); a `Date` or an ISO-8601 string. */
  readonly asOf: Date | string;
  /** Weights of the strength score per level, merged over {@link defaultBondWeights}; finite, ≥ 0, not all 0. */
  readonly weights?: Partial<BondWeights> | undefined;
  /** Share of a level's weight its first active instrument earns, in (0, 1]; each further one closes that share of the remaining gap. Default 0.5. */
  readonly saturation?: number | undefined;
  /** A catalogue from {@link defineBondKinds}: when given, every instrument's kind must be in it at its level. */
  readonly kinds?: Readonly<Record<string, BondLevel>> | undefined;
}

/**
 * A customer's bonds at a date (Berry & Parasuraman's three levels): the instruments active at `asOf`
 * per level, the highest level, whether the levels are stacked as the theory expects, and a
 * bond-strength score.
 *
 * @remarks
 * - **Active** means `start ≤ asOf < end` (`end` exclusive; no `end` = open-ended). Instruments that
 *   start after `asOf` or ended at or before it are not counted.
 * - **Stacking.** Each level is added on top of the lower ones ({@link bondLevelTable}, "type of bond"):
 *   a structural bond without social and financial ones, or a social bond without a financial one, is
 *   flagged with `stacked: false` and the missing levels in `missingBelow`.
 * - **Strength.** With nₗ active instruments at level ℓ, weights wₗ ({@link defaultBondWeights}: 1, 2, 3)
 *   and saturation s (default 0.5):
 *   `score = Σₗ wₗ · (1 − (1 − s)^nₗ) / Σₗ wₗ`, in [0, 1). The first instrument at a level earns the
 *   share s of that level's weight and each further one closes the share s of what remains (diminishing
 *   returns: a second points program adds less than the first). With s = 1 a level counts fully once it
 *   has one instrument. Adding an instrument never lowers the score. Monetary values are not used here
 *   (see {@link switchingCost}).
 * - Input: a validated `CustomerRecord` (from `groupByCustomer` or `CustomerRecordSchema`) or a list of
 *   validated instruments (`parseBondInstruments`) of one customer. They are checked cheaply, not
 *   re-parsed, and never mutated; the profile lists the same instrument objects. O(n) in the instruments.
 *
 * @param input - A customer record, or one customer's bond instruments.
 * @param options - `asOf` (required), and optionally `weights`, `saturation` and `kinds`.
 * @returns The profile.
 * @throws {@link ClienteleInputError} `invalid_input` for a missing or invalid `asOf`, bad weights or
 * saturation, an instrument that is not valid (paths such as `bonds[2].end`), instruments of several
 * customers, or (with `kinds`) a kind not in the catalogue or at another level.
 * @example
 * ```ts
 * import { bondProfile } from "clientele/bonds";
 * import { parseBondInstruments } from "clientele/customers";
 * const bonds = parseBondInstruments([
 *   { customerId: "c1", level: "financial", kind: "points-program", start: "2023-01-01" },
 *   { customerId: "c1", level: "structural", kind: "integrated-system", start: "2024-01-01" },
 * ]);
 * const p = bondProfile(bonds, { asOf: "2024-06-30" });
 * p.highestLevel; // => "structural"
 * p.stacked; // => false
 * p.missingBelow; // => ["social"]
 * p.strength.score; // => 0.3333333333333333 (= (1 · 0.5 + 3 · 0.5) / 6)
 * ```
 * @category Bonds
 */
export function bondProfile(
  input: CustomerRecord | readonly BondInstrument[],
  options: BondProfileOptions,
): BondProfile {
  if (!isPlainObject(options)) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["options"],
          message: `expected options { asOf }, received ${describeReceived(options)}`,
        },
      ],
    });
  }
  const asOf = readAsOf(FN, options.asOf);
  const { weights, saturation } = readStrengthOptions(FN, options.weights, options.saturation);
  const { customerId, bonds } = readBondInput(FN, input, options.kinds);
  return profileUnchecked(customerId, bonds, asOf.getTime(), weights, saturation);
}
