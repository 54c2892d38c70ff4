import { shiftTime } from "../_lib/shiftTime.ts";
import { readLedger } from "./_internal/ledgerBrand.ts";
import { memberColumns } from "./_internal/ledgerColumns.ts";
import { compileProgram, MemberReplayer } from "./_internal/MemberReplayer.ts";
import { readMemberOptions } from "./_internal/readMemberOptions.ts";
import type { LoyaltyLedger } from "./LoyaltyLedger.ts";

/**
 * Options of {@link balance} and {@link tierStatus}.
 *
 * @example
 * ```ts
 * import type { MemberOptions } from "clientele/loyalty";
 * const options: MemberOptions = { asOf: "2024-12-31", customerId: "m1" };
 * ```
 * @category Ledger
 */
export interface MemberOptions {
  /** The instant the state is taken at, inclusive (a `Date` or ISO-8601 string; required, never "now"). */
  readonly asOf: Date | string;
  /** The member; may be left out when the ledger holds one member only. */
  readonly customerId?: string | number | undefined;
}

/**
 * A lot still holding points: what is left of one accrual.
 *
 * @example
 * ```ts
 * import type { PointsLot } from "clientele/loyalty";
 * const lot: PointsLot = { accruedAt: new Date("2024-01-05"), points: 120, expiresAt: new Date("2025-01-05") };
 * ```
 * @category Ledger
 */
export interface PointsLot {
  /** When the lot was earned. */
  readonly accruedAt: Date;
  /** Points left in it. */
  readonly points: number;
  /** When it expires under the program's fixed rule or its own `expiresAt`; absent when never (or rolling). */
  readonly expiresAt?: Date | undefined;
}

/**
 * A member's points at an instant (see {@link balance}). All counts are whole points.
 *
 * @example
 * ```ts
 * import type { LoyaltyBalance } from "clientele/loyalty";
 * const b: Pick<LoyaltyBalance, "points" | "available"> = { points: 800, available: 650 };
 * ```
 * @category Ledger
 */
export interface LoyaltyBalance {
  /** The member. */
  readonly customerId: string;
  /** The instant. */
  readonly asOf: Date;
  /** Points accrued up to `asOf`. */
  readonly accrued: number;
  /** Points redeemed up to `asOf`. */
  readonly redeemed: number;
  /** Points recorded as expired up to `asOf`. */
  readonly expired: number;
  /** The recorded balance: `accrued − redeemed − expired`, never negative. */
  readonly points: number;
  /** Points past their expiry by `asOf` under the program's rule but not yet recorded ({@link expire} records them). */
  readonly lapsed: number;
  /** Points the member can redeem at `asOf`: `points − lapsed`. */
  readonly available: number;
  /** The lots making up `available`, oldest first. */
  readonly lots: readonly PointsLot[];
  /** The earliest instant after `asOf` at which some available points expire, if any. */
  readonly nextExpiry?:
    | {
        /** When. */
        readonly at: Date;
        /** How many points expire then. */
        readonly points: number;
      }
    | undefined;
  /** `available × costPerPoint`: what the available points cost the firm if all were redeemed. */
  readonly costValue: number;
  /** `available × valuePerPoint`, their cash value to the member, when the program states one. */
  readonly cashValue?: number | undefined;
}

/**
 * A member's points at `asOf`, replayed from the ledger's events: what was accrued, redeemed and
 * expired, the balance, the points that have lapsed under the expiry rule without being recorded, what
 * is available, the lots, and the next expiry.
 *
 * @remarks
 * The balance is always derived from the events, never stored: `points = accrued − redeemed − expired`
 * over the events dated at or before `asOf`. Under a rolling rule the next expiry is the member's last
 * accrual or redemption plus the rule's `after` (all available points). Runs in O(k) for the member's
 * k events on a ledger from {@link createLedger} (whose events are indexed by member once), else in
 * O(n) for a scan of the events plus the member's.
 *
 * @param ledger - A ledger from {@link createLedger}.
 * @param options - `asOf` (required) and `customerId` (required when the ledger holds several members).
 * @returns The balance.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `asOf`, or no `customerId` on a ledger of
 *   several members (at `options.customerId`).
 * @example
 * ```ts
 * import { balance, createLedger } from "clientele/loyalty";
 * const ledger = createLedger(
 *   { costPerPoint: 0.01, earn: { basis: "spend", rate: 1 }, expiry: { kind: "fixed", after: { length: 12, unit: "month" } } },
 *   [
 *     { customerId: "m1", timestamp: "2024-01-15", type: "accrual", points: 400 },
 *     { customerId: "m1", timestamp: "2024-06-01", type: "accrual", points: 300 },
 *     { customerId: "m1", timestamp: "2024-07-01", type: "redemption", points: 250 },
 *   ],
 * );
 * const b = balance(ledger, { asOf: "2025-02-01" });
 * b.points; // => 450
 * b.lapsed; // => 150 (what was left of the January lot lapsed on 2025-01-15)
 * b.available; // => 300
 * b.costValue; // => 3
 * ```
 * @category Ledger
 */
export function balance(ledger: LoyaltyLedger, options: MemberOptions): LoyaltyBalance {
  const fn = "balance";
  const base = readLedger(fn, ledger);
  const { asOf, customerId } = readMemberOptions(fn, base.events, options);
  const program = compileProgram(base.program);
  const { columns, member } = memberColumns(base, customerId);
  const lots: number[] = [];
  const r = new MemberReplayer(program, columns);
  r.replay(member, asOf.getTime(), false, { lots });
  const list: PointsLot[] = [];
  let next = Number.POSITIVE_INFINITY;
  let nextPoints = 0;
  for (let k = 0; k < lots.length; k += 3) {
    const [at, expiry, points] = [lots[k]!, lots[k + 1]!, lots[k + 2]!];
    const last = list[list.length - 1];
    // Lots of one instant and expiry are one lot to the member (their order at equal times is immaterial).
    if (last !== undefined && last.accruedAt.getTime() === at && (last.expiresAt?.getTime() ?? Infinity) === expiry)
      list[list.length - 1] = { ...last, points: last.points + points };
    else list.push({ accruedAt: new Date(at), points, ...(expiry < Infinity ? { expiresAt: new Date(expiry) } : {}) });
    if (expiry < next) [next, nextPoints] = [expiry, points];
    else if (expiry === next) nextPoints += points;
  }
  const expiryRule = base.program.expiry;
  if (expiryRule?.kind === "rolling" && r.live > 0) {
    const deadline = shiftTime(r.lastActivity, expiryRule.after, 1);
    if (deadline <= next) [next, nextPoints] = [deadline, r.live];
  }
  const points = r.accrued - r.redeemed - r.expired;
  const { costPerPoint, valuePerPoint } = base.program;
  return {
    customerId,
    asOf,
    accrued: r.accrued,
    redeemed: r.redeemed,
    expired: r.expired,
    points,
    lapsed: r.lapsed,
    available: r.live,
    lots: list,
    ...(next < Infinity ? { nextExpiry: { at: new Date(next), points: nextPoints } } : {}),
    costValue: r.live * costPerPoint,
    ...(valuePerPoint === undefined ? {} : { cashValue: r.live * valuePerPoint }),
  };
}
