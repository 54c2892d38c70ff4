import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LoyaltyEventInput } from "../../src/customers/index.ts";
import { isClienteleError } from "../../src/errors/index.ts";
import {
  accrue,
  balance,
  createLedger,
  expire,
  type LoyaltyLedger,
  type LoyaltyProgramInput,
  ledgerStates,
  redeem,
  tierStatus,
} from "../../src/loyalty/index.ts";

// Property tests of the ledger over random histories: 1–3 members, timestamps on a few days (many ties),
// accruals with or without their own expiry, redemptions and host expiries of random sizes (kept only when
// the ledger accepts them), under each kind of expiry rule.
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

const programs: LoyaltyProgramInput[] = [
  { costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } },
  {
    costPerPoint: 0.01,
    earn: { basis: "spend", rate: 1 },
    expiry: { kind: "fixed", after: { length: 2, unit: "month" } },
    tiers: {
      window: { length: 1, unit: "month" },
      ladder: [
        { name: "S", threshold: 300, retainThreshold: 200 },
        { name: "G", threshold: 800 },
      ],
    },
  },
  {
    costPerPoint: 0.01,
    earn: { basis: "spend", rate: 1 },
    expiry: { kind: "rolling", after: { length: 30, unit: "day" } },
    tiers: { window: { length: 6, unit: "week" }, ladder: [{ name: "S", threshold: 250 }] },
  },
];

const step = fc.record({
  member: fc.constantFrom("a", "b", "c"),
  day: fc.integer({ min: 0, max: 150 }),
  hour: fc.constantFrom(0, 12),
  type: fc.constantFrom("accrual", "accrual", "redemption", "expiry"),
  points: fc.integer({ min: 1, max: 400 }),
  expiresIn: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
});

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** A valid ledger built through the API: each step is kept only when the ledger accepts it. */
function build(program: LoyaltyProgramInput, steps: readonly Step[]): LoyaltyLedger {
  let ledger = createLedger(program);
  const sorted = [...steps].sort((x, y) => x.day - y.day || x.hour - y.hour);
  for (const s of sorted) {
    const at = START + s.day * DAY + s.hour * 3_600_000;
    const timestamp = new Date(at).toISOString();
    try {
      if (s.type === "accrual")
        ledger = accrue(ledger, {
          customerId: s.member,
          timestamp,
          points: s.points,
          ...(s.expiresIn === undefined ? {} : { expiresAt: new Date(at + s.expiresIn * DAY) }),
        });
      // Redemptions and host expiries a quarter the size of accruals, so that most are accepted.
      else if (s.type === "redemption")
        ledger = redeem(ledger, { customerId: s.member, timestamp, points: Math.ceil(s.points / 4) });
      else
        ledger = createLedger(ledger.program, [
          ...ledger.events,
          { customerId: s.member, timestamp, type: "expiry", points: Math.ceil(s.points / 4) },
        ]);
    } catch (e) {
      if (!isClienteleError(e, "domain_error")) throw e;
    }
  }
  return ledger;
}

const asOfDay = fc.integer({ min: -1, max: 200 }).map((d) => new Date(START + d * DAY + 6 * 3_600_000));
const histories = fc.tuple(fc.constantFrom(0, 1, 2), fc.array(step, { minLength: 8, maxLength: 40 }));

describe("ledger properties (fast-check)", () => {
  it("balance = accrued − redeemed − expired, never negative, and available + lapsed = balance", () => {
    fc.assert(
      fc.property(histories, asOfDay, ([p, steps], asOf) => {
        const ledger = build(programs[p]!, steps);
        for (const id of ["a", "b", "c"]) {
          const b = balance(ledger, { asOf, customerId: id });
          expect(b.points).toBe(b.accrued - b.redeemed - b.expired);
          expect(b.points).toBeGreaterThanOrEqual(0);
          expect(b.available).toBeGreaterThanOrEqual(0);
          expect(b.lapsed).toBeGreaterThanOrEqual(0);
          expect(b.available + b.lapsed).toBe(b.points);
          expect(b.lots.reduce((s, l) => s + l.points, 0)).toBe(b.available);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("replaying the events in any order, ties included, gives the same states", () => {
    fc.assert(
      fc.property(
        histories,
        asOfDay,
        fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
        ([p, steps], asOf, keys) => {
          const ledger = build(programs[p]!, steps);
          const shuffled = ledger.events
            .map((e, i) => [keys[i % keys.length]! * 1000 + i, e] as const)
            .sort((x, y) => x[0] - y[0])
            .map(([, e]) => e);
          const again = createLedger(ledger.program, shuffled);
          expect(ledgerStates(again, { asOf })).toEqual(ledgerStates(ledger, { asOf }));
          for (const id of ["a", "b", "c"]) {
            expect(balance(again, { asOf, customerId: id })).toEqual(balance(ledger, { asOf, customerId: id }));
            if (ledger.program.tiers !== undefined)
              expect(tierStatus(again, { asOf, customerId: id })).toEqual(tierStatus(ledger, { asOf, customerId: id }));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("expire records exactly the lapsed points, once", () => {
    fc.assert(
      fc.property(histories, asOfDay, ([p, steps], asOf) => {
        const ledger = build(programs[p]!, steps);
        const closed = expire(ledger, { asOf });
        for (const id of ["a", "b", "c"]) {
          const before = balance(ledger, { asOf, customerId: id });
          const after = balance(closed, { asOf, customerId: id });
          expect(after.lapsed).toBe(0);
          expect(after.expired).toBe(before.expired + before.lapsed);
          expect(after.available).toBe(before.available);
        }
        expect(expire(closed, { asOf }).events.length).toBe(closed.events.length);
      }),
      { numRuns: 100 },
    );
  });

  it("never mutates its inputs, and ledgers stay as they were", () => {
    fc.assert(
      fc.property(histories, asOfDay, ([p, steps], asOf) => {
        const program = structuredClone(programs[p]!);
        const ledger = build(program, steps);
        const rows: LoyaltyEventInput[] = ledger.events.map((e) => ({ ...e, timestamp: e.timestamp.toISOString() }));
        const rowsCopy = structuredClone(rows);
        const eventsBefore = structuredClone(ledger.events);
        createLedger(program, rows);
        expire(ledger, { asOf });
        try {
          redeem(ledger, { customerId: "a", timestamp: asOf, points: 1 });
        } catch (e) {
          if (!isClienteleError(e, "domain_error")) throw e;
        }
        accrue(ledger, { customerId: "a", timestamp: asOf, points: 5 });
        expect(rows).toEqual(rowsCopy);
        expect(program).toEqual(programs[p]);
        expect(ledger.events).toEqual(eventsBefore);
        expect(Object.isFrozen(ledger) && Object.isFrozen(ledger.events)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
