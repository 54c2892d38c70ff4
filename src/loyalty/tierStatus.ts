import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import { readLedger } from "./_internal/ledgerBrand.ts";
import { memberColumns } from "./_internal/ledgerColumns.ts";
import { compileProgram, MemberReplayer, type TierChangeRecord } from "./_internal/MemberReplayer.ts";
import { readMemberOptions } from "./_internal/readMemberOptions.ts";
import type { MemberOptions } from "./balance.ts";
import type { LoyaltyLedger } from "./LoyaltyLedger.ts";

/**
 * One change of a member's tier: a promotion (the window's credits reached a higher threshold), a
 * requalification (they reached the current tier's threshold again, which moves the review), a retention
 * (at a review they reached the current tier's retain threshold) or a demotion (at a review they did not).
 *
 * @example
 * ```ts
 * import type { TierChange } from "clientele/loyalty";
 * const c: TierChange = { at: new Date("2024-05-02"), from: undefined, to: "Silver", change: "promotion", credits: 2600 };
 * ```
 * @category Ledger
 */
export interface TierChange {
  /** When. */
  readonly at: Date;
  /** The tier before (`undefined`: none). */
  readonly from: string | undefined;
  /** The tier after (`undefined`: none). */
  readonly to: string | undefined;
  /** What happened. */
  readonly change: "promotion" | "requalification" | "retention" | "demotion";
  /** The qualifying credits in the window ending at `at`. */
  readonly credits: number;
}

/**
 * A member's tier at an instant (see {@link tierStatus}).
 *
 * @example
 * ```ts
 * import type { TierStatus } from "clientele/loyalty";
 * const s: Pick<TierStatus, "tier" | "qualifyingCredits"> = { tier: "Gold", qualifyingCredits: 11200 };
 * ```
 * @category Ledger
 */
export interface TierStatus {
  /** The member. */
  readonly customerId: string;
  /** The instant. */
  readonly asOf: Date;
  /** The tier held (`undefined`: none, below the ladder's lowest). */
  readonly tier: string | undefined;
  /** Its position in the ladder, 0 for the lowest, −1 for none. */
  readonly tierIndex: number;
  /** Since when it is held (absent with no tier). */
  readonly since?: Date | undefined;
  /** When it is next reviewed (absent with no tier). */
  readonly reviewAt?: Date | undefined;
  /** Qualifying credits in the window (asOf − window, asOf]. */
  readonly qualifyingCredits: number;
  /** The next tier up and the credits still needed in the window to reach it (absent at the top). */
  readonly next?:
    | {
        /** The next tier's name. */
        readonly tier: string;
        /** Credits still needed in the window to reach it, ≥ 0. */
        readonly creditsNeeded: number;
      }
    | undefined;
  /** Every promotion, requalification, retention and demotion up to `asOf`, in time order. */
  readonly history: readonly TierChange[];
}

/**
 * A member's tier at `asOf`, replayed from the ledger: the tier held, since when, the next review, the
 * qualifying credits in the current window, what the next tier needs, and the history of qualification,
 * retention and demotion.
 *
 * @remarks
 * Rules (the program's `tiers`): qualifying credits are an accrual's `qualifyingCredits`, else its points,
 * summed over the rolling window (t − window, t]. Whenever an accrual brings them to a higher tier's
 * threshold the member is promoted at once (several rungs if reached), and the tier is reviewed one
 * window later; reaching the current tier's threshold again moves the review to one window after that
 * accrual. At a review the member keeps the highest tier, at or below the current one, whose retain
 * threshold the window's credits reach: the current tier (retained) or a lower one (demoted, possibly to
 * none); a tier kept is reviewed again one window later. Redemptions and expiries do not touch credits.
 * Windows of months are calendar months on the UTC calendar. Runs in O(k) for the member's k events on a
 * ledger from {@link createLedger}, else in O(n) (as {@link balance}).
 *
 * @param ledger - A ledger from {@link createLedger} whose program defines tiers.
 * @param options - `asOf` (required) and `customerId` (required when the ledger holds several members).
 * @returns The tier status.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `asOf` or a missing `customerId`.
 * @throws {@link ClienteleDomainError} `domain_error` when the program has no tiers.
 * @example
 * ```ts
 * import { createLedger, tierStatus } from "clientele/loyalty";
 * const ledger = createLedger(
 *   {
 *     costPerPoint: 0.01,
 *     earn: { basis: "spend", rate: 1 },
 *     tiers: { window: { length: 6, unit: "month" }, ladder: [{ name: "Silver", threshold: 1000, retainThreshold: 800 }] },
 *   },
 *   [
 *     { customerId: "m1", timestamp: "2024-01-10", type: "accrual", points: 600 },
 *     { customerId: "m1", timestamp: "2024-03-10", type: "accrual", points: 500 },
 *     { customerId: "m1", timestamp: "2024-08-10", type: "accrual", points: 300 },
 *   ],
 * );
 * tierStatus(ledger, { asOf: "2024-06-30" }).tier; // => "Silver" (promoted on 2024-03-10 with 1100 credits)
 * tierStatus(ledger, { asOf: "2024-09-10" }).tier; // => undefined (review on 2024-09-10: 300 credits in (03-10, 09-10] < 800)
 * ```
 * @category Ledger
 */
export function tierStatus(ledger: LoyaltyLedger, options: MemberOptions): TierStatus {
  const fn = "tierStatus";
  const base = readLedger(fn, ledger);
  const { asOf, customerId } = readMemberOptions(fn, base.events, options);
  const tiers = base.program.tiers;
  if (tiers === undefined) throw new ClienteleDomainError("domain_error", `${fn}: the program defines no tiers`);
  const program = compileProgram(base.program);
  const { columns, member } = memberColumns(base, customerId);
  const history: TierChangeRecord[] = [];
  const r = new MemberReplayer(program, columns);
  r.replay(member, asOf.getTime(), false, { history });
  const name = (i: number) => (i < 0 ? undefined : tiers.ladder[i]!.name);
  const up = tiers.ladder[r.tierIndex + 1];
  return {
    customerId,
    asOf,
    tier: name(r.tierIndex),
    tierIndex: r.tierIndex,
    ...(r.tierIndex >= 0 ? { since: new Date(r.tierSince), reviewAt: new Date(r.reviewAt) } : {}),
    qualifyingCredits: r.credits,
    ...(up === undefined ? {} : { next: { tier: up.name, creditsNeeded: Math.max(0, up.threshold - r.credits) } }),
    history: history.map((h) => ({
      at: new Date(h.at),
      from: name(h.from),
      to: name(h.to),
      change: h.change,
      credits: h.credits,
    })),
  };
}
