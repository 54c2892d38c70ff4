import { describeReceived } from "../_lib/describeReceived.ts";
import { type LoyaltyEventInput, LoyaltyEventSchema } from "../customers/LoyaltyEventSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { appendEvents } from "./_internal/appendEvents.ts";
import { checkProgramIds } from "./_internal/checkProgramIds.ts";
import { readLedger } from "./_internal/ledgerBrand.ts";
import type { LoyaltyLedger } from "./LoyaltyLedger.ts";

/**
 * A redemption to record: a {@link LoyaltyEventInput} without its `type`, whose `points` may be left out
 * when `rewardId` names one of the program's rewards.
 *
 * @example
 * ```ts
 * import type { RedemptionInput } from "clientele/loyalty";
 * const r: RedemptionInput = { customerId: "m1", timestamp: "2024-06-01", rewardId: "voucher-10" };
 * ```
 * @category Ledger
 */
export type RedemptionInput = Omit<LoyaltyEventInput, "type" | "points" | "expiresAt" | "qualifyingCredits"> & {
  /** Points spent; defaults to the reward's points when `rewardId` names a program reward. */
  readonly points?: number | undefined;
};

/**
 * Records points spent on a reward: returns a new ledger with one redemption appended. The points come
 * out of the member's lots first in, first out.
 *
 * @remarks
 * When the program lists rewards, `rewardId` must name one of them, and `points`, if given, must equal
 * its points. The member's balance at the redemption's time must cover it, counting points that have
 * lapsed under the program's expiry rule as gone; a redemption dated before events already recorded must
 * also leave every later redemption covered. Runs in O(n).
 *
 * @param ledger - A ledger from {@link createLedger}.
 * @param redemption - The redemption.
 * @returns The new ledger (the one given is unchanged).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad redemption (paths under `redemption`), an
 *   unknown `rewardId` (at `redemption.rewardId`), points that differ from the reward's or are missing
 *   (at `redemption.points`).
 * @throws {@link ClienteleDomainError} `domain_error` when the points exceed the member's balance at that
 *   time; the message names the balance.
 * @example
 * ```ts
 * import { accrue, balance, createLedger, redeem } from "clientele/loyalty";
 * let ledger = createLedger({
 *   costPerPoint: 0.008,
 *   earn: { basis: "spend", rate: 1 },
 *   rewards: [{ rewardId: "voucher-10", points: 1000, cost: 8 }],
 * });
 * ledger = accrue(ledger, { customerId: "m1", timestamp: "2024-01-10", points: 1500 });
 * ledger = redeem(ledger, { customerId: "m1", timestamp: "2024-02-01", rewardId: "voucher-10" });
 * balance(ledger, { asOf: "2024-02-01" }).points; // => 500
 * // redeem(ledger, { customerId: "m1", timestamp: "2024-02-02", rewardId: "voucher-10" }) throws domain_error:
 * // redeem: the redemption of 1000 points exceeds member "m1"'s balance of 500 points at 2024-02-02T00:00:00.000Z
 * ```
 * @category Ledger
 */
export function redeem(ledger: LoyaltyLedger, redemption: RedemptionInput): LoyaltyLedger {
  const fn = "redeem";
  const base = readLedger(fn, ledger);
  const given = redemption as { points?: unknown; rewardId?: unknown } | null | undefined;
  const rewards = base.program.rewards;
  const reward =
    typeof given === "object" && given !== null && typeof given.rewardId === "string"
      ? rewards?.find((r) => r.rewardId === given.rewardId)
      : undefined;
  if (rewards !== undefined && rewards.length > 0 && typeof given?.rewardId === "string" && reward === undefined)
    invalid(
      fn,
      ["redemption", "rewardId"],
      `one of the program's rewards (${rewards.map((r) => r.rewardId).join(", ")})`,
      given.rewardId,
    );
  if (reward !== undefined && given?.points !== undefined && given.points !== reward.points)
    invalid(
      fn,
      ["redemption", "points"],
      `${reward.points} (reward "${reward.rewardId}"'s points) or no points`,
      given.points,
    );
  const input =
    reward !== undefined && given?.points === undefined ? { ...redemption, points: reward.points } : redemption;
  const event = parseInput(fn, LoyaltyEventSchema, { ...input, type: "redemption" }, ["redemption"]);
  checkProgramIds(fn, base.program, [event], () => ["redemption"]);
  return appendEvents(fn, base, [event], () => ({ where: "", path: ["redemption"] }));
}

function invalid(fn: string, path: (string | number)[], expected: string, value: unknown): never {
  const received = typeof value === "string" ? JSON.stringify(value) : describeReceived(value);
  throw new ClienteleInputError(`${fn}: invalid input`, {
    issues: [
      { code: "invalid_value", path, message: `expected ${expected}, received ${received}`, expected, received },
    ],
  });
}
