import * as z from "zod/mini";
import type { LoyaltyEvent } from "../customers/LoyaltyEventSchema.ts";
import { parseInput } from "../schema/parseInput.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";
import { makeLedger, readLedger } from "./_internal/ledgerBrand.ts";
import { ledgerColumns } from "./_internal/ledgerColumns.ts";
import { compileProgram, MemberReplayer } from "./_internal/MemberReplayer.ts";
import type { LoyaltyLedger } from "./LoyaltyLedger.ts";

/**
 * Options of {@link expire}.
 *
 * @example
 * ```ts
 * import type { ExpireOptions } from "clientele/loyalty";
 * const options: ExpireOptions = { asOf: "2026-01-01" };
 * ```
 * @category Ledger
 */
export interface ExpireOptions {
  /** Record the expiries due at or before this instant (a `Date` or ISO-8601 string; required, never "now"). */
  readonly asOf: Date | string;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({ asOf: TimestampSchema });

/**
 * Records the expiries the program's {@link ExpiryRule} (and each lot's own `expiresAt`) makes due by
 * `asOf`: returns a new ledger with one expiry event per member and lapse time, dated when the points
 * lapsed, for the points not yet recorded as expired.
 *
 * @remarks
 * Expiry takes lots by lot: a lot past its expiry lapses whole (what is left of it after redemptions,
 * which take the oldest lots first); under a rolling rule every lot of a member lapses together once
 * `after` has passed since the member's last accrual or redemption. After `expire`, a balance at `asOf`
 * has no lapsed points left unrecorded. Calling it twice with the same `asOf` adds nothing the second
 * time. Runs in O(n).
 *
 * @param ledger - A ledger from {@link createLedger}.
 * @param options - `asOf`.
 * @returns The new ledger (the one given is unchanged); the same events plus the expiries, whose `note`
 *   is `"expiry rule"`.
 * @throws {@link ClienteleInputError} `invalid_input` for a missing or bad `asOf`.
 * @example
 * ```ts
 * import { balance, createLedger, expire } from "clientele/loyalty";
 * const ledger = createLedger(
 *   { costPerPoint: 0.01, earn: { basis: "spend", rate: 1 }, expiry: { kind: "fixed", after: { length: 12, unit: "month" } } },
 *   [{ customerId: "m1", timestamp: "2024-01-15", type: "accrual", points: 400 }],
 * );
 * const later = expire(ledger, { asOf: "2025-06-30" });
 * later.events[1]?.points; // => 400
 * later.events[1]?.timestamp.toISOString(); // => "2025-01-15T00:00:00.000Z"
 * balance(later, { asOf: "2025-06-30" }).expired; // => 400
 * ```
 * @category Ledger
 */
export function expire(ledger: LoyaltyLedger, options: ExpireOptions): LoyaltyLedger {
  const fn = "expire";
  const base = readLedger(fn, ledger);
  const { asOf } = parseInput(fn, OptionsSchema, options, ["options"]);
  const program = compileProgram(base.program);
  const columns = ledgerColumns(base);
  const ids = columns.ids;
  const r = new MemberReplayer(program, columns);
  const added: LoyaltyEvent[] = [];
  for (let m = 0; m < ids.length; m++) {
    const lapses: number[] = [];
    r.replay(m, asOf.getTime(), false, { lapses });
    if (r.lapsed === 0) continue;
    // Lapses in time order, merged by time; the last `r.lapsed` points are the unrecorded ones.
    const pairs: [number, number][] = [];
    for (let k = 0; k < lapses.length; k += 2) pairs.push([lapses[k]!, lapses[k + 1]!]);
    pairs.sort((a, b) => a[0] - b[0]);
    // Recorded expiries took the earliest lapses first; keep the latest `r.lapsed` points.
    let skip = pairs.reduce((s, p) => s + p[1], 0) - r.lapsed;
    const byTime = new Map<number, number>();
    for (const [t, p] of pairs) {
      const take = p - Math.min(skip, p);
      skip -= p - take;
      if (take > 0) byTime.set(t, (byTime.get(t) ?? 0) + take);
    }
    const programId = base.program.programId;
    for (const [t, points] of byTime)
      added.push({
        customerId: ids[m]!,
        timestamp: new Date(t),
        type: "expiry",
        points,
        note: "expiry rule",
        ...(programId === undefined ? {} : { programId }),
      });
  }
  return makeLedger(base.program, [...base.events, ...added]);
}
