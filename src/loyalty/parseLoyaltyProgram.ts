import { parseInput } from "../schema/parseInput.ts";
import { type LoyaltyProgram, type LoyaltyProgramInput, LoyaltyProgramSchema } from "./LoyaltyProgramSchema.ts";

/**
 * Validates a loyalty program's definition with {@link LoyaltyProgramSchema}.
 *
 * @param input - The untrusted definition (never mutated).
 * @returns The validated program.
 * @throws {@link ClienteleInputError} `invalid_input` listing every bad field by path, among them
 *   overlapping tiers and a ladder that is not monotone (at `tiers.ladder[i].threshold`).
 * @example
 * ```ts
 * import { parseLoyaltyProgram } from "clientele/loyalty";
 * const program = parseLoyaltyProgram({
 *   costPerPoint: 0.008,
 *   earn: { basis: "spend", rate: 1, capPerTransaction: 5000 },
 *   expiry: { kind: "rolling", after: { length: 24, unit: "month" } },
 *   tiers: { window: { length: 12, unit: "month" }, ladder: [{ name: "Silver", threshold: 2500 }, { name: "Gold", threshold: 10000 }] },
 *   rewards: [{ rewardId: "voucher-10", points: 1000, cost: 8 }],
 * });
 * program.tiers?.ladder[1]?.name; // => "Gold"
 * // parseLoyaltyProgram({ ...program, tiers: { window: { length: 12, unit: "month" },
 * //   ladder: [{ name: "Gold", threshold: 10000 }, { name: "Silver", threshold: 2500 }] } }) throws
 * // invalid_input at tiers.ladder[1].threshold
 * ```
 * @category Program
 */
export function parseLoyaltyProgram(input: LoyaltyProgramInput): LoyaltyProgram {
  return parseInput("parseLoyaltyProgram", LoyaltyProgramSchema, input);
}
