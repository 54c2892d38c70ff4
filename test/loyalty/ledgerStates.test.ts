import { describe, expect, it } from "vitest";
import type { LoyaltyEventInput } from "../../src/customers/index.ts";
import { isClienteleError } from "../../src/errors/index.ts";
import {
  accrue,
  balance,
  createLedger,
  type LoyaltyLedger,
  type LoyaltyProgramInput,
  ledgerStates,
  tierStatus,
} from "../../src/loyalty/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("ledgerStates", () => {
  it("gives every member's state, sorted by id (the TSDoc example)", () => {
    const ledger = createLedger({ costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } }, [
      { customerId: "b", timestamp: "2024-01-05", type: "accrual", points: 50 },
      { customerId: "a", timestamp: "2024-01-06", type: "accrual", points: 70 },
      { customerId: "a", timestamp: "2024-02-01", type: "redemption", points: 20 },
    ]);
    expect(ledgerStates(ledger, { asOf: "2024-12-31" }).map((s) => [s.customerId, s.points])).toEqual([
      ["a", 50],
      ["b", 50],
    ]);
    expect(ledgerStates(ledger, { asOf: "2024-01-01" }).map((s) => s.points)).toEqual([0, 0]);
    // @ts-expect-error asOf is required
    expect(issuePaths(expectClienteleError(() => ledgerStates(ledger, {}), "invalid_input"))).toEqual(["options.asOf"]);
  });
});

/** Seeded uniform numbers in [0, 1) (mulberry32, as bench/loyalty.bench.ts). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A seeded random ledger: 300 members (ids that sort differently as strings and as numbers), events
// recorded out of time order and members interleaved, many ties, accruals with their own expiry and
// qualifying credits, redemptions and host expiries (those that would overdraw are dropped, member by
// member, until the member's events are valid).
function randomLedger(seed: number, program: LoyaltyProgramInput): LoyaltyLedger {
  const random = mulberry32(seed);
  const day = 86_400_000;
  const start = Date.UTC(2023, 0, 1);
  const pick = (n: number) => Math.floor(random() * n);
  const all: LoyaltyEventInput[] = [];
  for (let m = 0; m < 300; m++) {
    const customerId = m % 3 === 0 ? m : `m${m}`;
    const events: LoyaltyEventInput[] = [];
    for (let k = 0, count = 1 + pick(20); k < count; k++) {
      const at = start + pick(500) * day + pick(3) * 12 * 3_600_000;
      const roll = k === 0 ? 0 : random();
      if (roll < 0.6)
        events.push({
          customerId,
          timestamp: new Date(at),
          type: "accrual",
          points: 1 + pick(3000),
          ...(random() < 0.2 ? { expiresAt: new Date(at + pick(400) * day) } : {}),
          ...(random() < 0.2 ? { qualifyingCredits: pick(5000) } : {}),
        });
      else
        events.push({
          customerId,
          timestamp: new Date(at).toISOString(),
          type: roll < 0.85 ? "redemption" : "expiry",
          points: 1 + pick(1500),
        });
    }
    for (let valid = false; !valid; ) {
      try {
        all.push(...createLedger(program, events).events);
        valid = true;
      } catch (e) {
        if (!isClienteleError(e, "domain_error")) throw e;
        events.splice(Number(e.issues[0]!.path[1]), 1);
      }
    }
  }
  for (let i = all.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return createLedger(program, all);
}

describe("ledgerStates on a seeded random ledger", () => {
  const programs: LoyaltyProgramInput[] = [
    {
      costPerPoint: 0.01,
      earn: { basis: "spend", rate: 1 },
      expiry: { kind: "fixed", after: { length: 9, unit: "month" } },
      tiers: {
        window: { length: 6, unit: "month" },
        ladder: [
          { name: "Silver", threshold: 3000, retainThreshold: 2000 },
          { name: "Gold", threshold: 8000, retainThreshold: 6000 },
          { name: "Platinum", threshold: 15000 },
        ],
      },
    },
    {
      costPerPoint: 0.01,
      earn: { basis: "spend", rate: 1 },
      expiry: { kind: "rolling", after: { length: 90, unit: "day" } },
      tiers: {
        window: { length: 8, unit: "week" },
        ladder: [{ name: "Club", threshold: 4000, retainThreshold: 1000 }],
      },
    },
    { costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } },
  ];

  it.each([0, 1, 2])("equals balance and tierStatus for every member, by every path (program %i)", (p) => {
    const program = programs[p]!;
    const ledger = randomLedger(20 + p, program);
    // The same events recorded in reverse: other member indexes and positions, same states.
    const reversed = createLedger(program, [...ledger.events].reverse());
    // One more event by single append: replays of this ledger index its events on first use, and the
    // one-member functions (which never index a ledger) scan its events instead.
    const appended = accrue(ledger, { customerId: "zz", timestamp: "2023-01-01", points: 1 });
    const unindexed = accrue(ledger, { customerId: "zz", timestamp: "2023-01-01", points: 1 });
    // Each member alone in a ledger.
    const alone = new Map<string, LoyaltyLedger>();
    for (const e of ledger.events) alone.set(e.customerId, createLedger(program));
    for (const id of alone.keys())
      alone.set(
        id,
        createLedger(
          program,
          ledger.events.filter((e) => e.customerId === id),
        ),
      );
    expect(ledger.events.length).toBeGreaterThan(2000);
    const seen = { tier: false, lapsed: false, expired: false, redeemed: false };
    for (const asOf of ["2023-01-01T00:00:00Z", "2023-07-15T12:00:00Z", "2024-05-20", "2026-01-01"]) {
      const states = ledgerStates(ledger, { asOf });
      expect(states.length).toBe(alone.size);
      expect(states.map((s) => s.customerId)).toEqual([...alone.keys()].sort());
      expect(ledgerStates(reversed, { asOf })).toEqual(states);
      expect(ledgerStates(appended, { asOf }).filter((s) => s.customerId !== "zz")).toEqual(states);
      for (const s of states) {
        const { customerId } = s;
        seen.tier ||= s.tier !== undefined;
        seen.lapsed ||= s.lapsed > 0;
        seen.expired ||= s.expired > 0;
        seen.redeemed ||= s.redeemed > 0;
        for (const source of [ledger, unindexed, alone.get(customerId)!]) {
          const b = balance(source, { asOf, customerId });
          expect([b.accrued, b.redeemed, b.expired, b.points, b.lapsed, b.available]).toEqual([
            s.accrued,
            s.redeemed,
            s.expired,
            s.points,
            s.lapsed,
            s.available,
          ]);
          if (program.tiers === undefined) continue;
          const t = tierStatus(source, { asOf, customerId });
          expect([t.tier, t.tierIndex, t.qualifyingCredits]).toEqual([s.tier, s.tierIndex, s.qualifyingCredits]);
        }
      }
    }
    // The ledger exercises every rule its program has.
    expect(seen).toEqual({
      tier: program.tiers !== undefined,
      lapsed: true, // accruals with their own expiresAt lapse under any program
      expired: true,
      redeemed: true,
    });
  });
});
