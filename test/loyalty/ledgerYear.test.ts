import { describe, expect, it } from "vitest";
import {
  balance,
  createLedger,
  expire,
  type LoyaltyProgramInput,
  ledgerStates,
  tierStatus,
} from "../../src/loyalty/index.ts";

// A year of one member's ledger, every figure computed by hand below.
//
// Program: 1 point per unit spent; each lot expires 6 calendar months after its accrual; tiers over a
// rolling 3-month window: Silver at 1000 credits (kept with 600), Gold at 2000 (kept with 1500).
const program: LoyaltyProgramInput = {
  costPerPoint: 0.01,
  earn: { basis: "spend", rate: 1 },
  expiry: { kind: "fixed", after: { length: 6, unit: "month" } },
  tiers: {
    window: { length: 3, unit: "month" },
    ladder: [
      { name: "Silver", threshold: 1000, retainThreshold: 600 },
      { name: "Gold", threshold: 2000, retainThreshold: 1500 },
    ],
  },
};
const m = "m";
const events = [
  // lot A 800, expires 2024-07-10. Window (2023-10-10, 2024-01-10] credits 800: no tier.
  { customerId: m, timestamp: "2024-01-10", type: "accrual", points: 800 },
  // lot B 400, expires 2024-08-15. Window (2023-11-15, 2024-02-15]: 800 + 400 = 1200 ≥ 1000
  // → promoted to Silver on 02-15, review 2024-05-15.
  { customerId: m, timestamp: "2024-02-15", type: "accrual", points: 400 },
  // 500 first in, first out: A 800 → 300. Balance 300 + 400 = 700.
  { customerId: m, timestamp: "2024-03-01", type: "redemption", points: 500 },
  // lot C 900, expires 2024-09-20. Window (2023-12-20, 2024-03-20]: 800 + 400 + 900 = 2100 ≥ 2000
  // → promoted to Gold on 03-20, review 2024-06-20 (the Silver review of 05-15 is gone).
  { customerId: m, timestamp: "2024-03-20", type: "accrual", points: 900 },
  // lot D 700, expires 2024-11-05. Window (2024-02-05, 2024-05-05]: 400 + 900 + 700 = 2000 ≥ 2000
  // → Gold requalified on 05-05, review moved to 2024-08-05.
  { customerId: m, timestamp: "2024-05-05", type: "accrual", points: 700 },
  // 500 FIFO: A 300 → 0, B 400 → 200. Lots: B 200, C 900, D 700 (balance 1800).
  { customerId: m, timestamp: "2024-06-01", type: "redemption", points: 500 },
  // lot E 600, expires 2025-01-01. Window (2024-04-01, 2024-07-01]: 700 + 600 = 1300 < 2000: no change.
  { customerId: m, timestamp: "2024-07-01", type: "accrual", points: 600 },
  // 07-10: lot A expires, but it is empty. 08-05 review: window (2024-05-05, 2024-08-05] holds only
  // 07-01's 600 (05-05 is the excluded start): < 1500 for Gold, ≥ 600 for Silver → demoted to Silver,
  // review 2024-11-05. 08-15: lot B lapses with its 200; the host records that expiry.
  { customerId: m, timestamp: "2024-08-15", type: "expiry", points: 200 },
  // Live: C 900, D 700, E 600 = 2200. 1000 FIFO: C 900 → 0, D 700 → 600.
  { customerId: m, timestamp: "2024-09-01", type: "redemption", points: 1000 },
  // lot F 200, expires 2025-04-01. Window (2024-07-01, 2024-10-01]: 200 (07-01 excluded) < 1000.
  { customerId: m, timestamp: "2024-10-01", type: "accrual", points: 200 },
  // 11-05: lot D lapses with its 600 (not recorded). Review: window (2024-08-05, 2024-11-05] = 200 < 600
  // → demoted from Silver to no tier.
] as const;

describe("a year of ledger events checked by hand", () => {
  const ledger = createLedger(program, events);

  it("gives the balance at year end: accrued 3600, redeemed 2000, expired 200, 600 lapsed, 800 available", () => {
    const b = balance(ledger, { asOf: "2024-12-31" });
    // accrued 800 + 400 + 900 + 700 + 600 + 200 = 3600; redeemed 500 + 500 + 1000 = 2000; expired 200.
    expect(b).toMatchObject({ accrued: 3600, redeemed: 2000, expired: 200, points: 1400, lapsed: 600, available: 800 });
    // Lots left: E 600 (expires 2025-01-01), F 200 (expires 2025-04-01).
    expect(b.lots).toEqual([
      { accruedAt: new Date("2024-07-01"), points: 600, expiresAt: new Date("2025-01-01") },
      { accruedAt: new Date("2024-10-01"), points: 200, expiresAt: new Date("2025-04-01") },
    ]);
    expect(b.nextExpiry).toEqual({ at: new Date("2025-01-01"), points: 600 });
    expect(b.costValue).toBe(8); // 800 × 0.01
  });

  it("gives the balance mid-year, before lot B lapses: 2400 available", () => {
    // accrued A..E = 3400, redeemed 1000; lots B 200, C 900, D 700, E 600.
    expect(balance(ledger, { asOf: "2024-08-14" })).toMatchObject({ points: 2400, lapsed: 0, available: 2400 });
    // On 08-15 B's 200 lapse and the host's expiry event records them.
    expect(balance(ledger, { asOf: "2024-08-15" })).toMatchObject({ expired: 200, points: 2200, lapsed: 0 });
  });

  it("records the lapsed 600 with expire, dated when lot D lapsed", () => {
    const closed = expire(ledger, { asOf: "2024-12-31" });
    expect(closed.events.slice(events.length)).toEqual([
      { customerId: m, timestamp: new Date("2024-11-05"), type: "expiry", points: 600, note: "expiry rule" },
    ]);
    expect(balance(closed, { asOf: "2024-12-31" })).toMatchObject({
      expired: 800,
      points: 800,
      lapsed: 0,
      available: 800,
    });
    expect(expire(closed, { asOf: "2024-12-31" }).events.length).toBe(closed.events.length);
    expect(ledger.events.length).toBe(events.length);
  });

  it("promotes, requalifies and demotes the member as computed", () => {
    const s = tierStatus(ledger, { asOf: "2024-12-31" });
    expect(s.history).toEqual([
      { at: new Date("2024-02-15"), from: undefined, to: "Silver", change: "promotion", credits: 1200 },
      { at: new Date("2024-03-20"), from: "Silver", to: "Gold", change: "promotion", credits: 2100 },
      { at: new Date("2024-05-05"), from: "Gold", to: "Gold", change: "requalification", credits: 2000 },
      { at: new Date("2024-08-05"), from: "Gold", to: "Silver", change: "demotion", credits: 600 },
      { at: new Date("2024-11-05"), from: "Silver", to: undefined, change: "demotion", credits: 200 },
    ]);
    // Year end: no tier; window (2024-09-30, 2024-12-31] holds 10-01's 200; Silver needs 800 more.
    expect(s).toMatchObject({ tier: undefined, tierIndex: -1, qualifyingCredits: 200 });
    expect(s.next).toEqual({ tier: "Silver", creditsNeeded: 800 });
    // Mid-July: Gold since 03-20, review 08-05; window (2024-04-15, 2024-07-15] = 700 + 600 = 1300.
    const july = tierStatus(ledger, { asOf: "2024-07-15" });
    expect(july).toMatchObject({
      tier: "Gold",
      since: new Date("2024-03-20"),
      reviewAt: new Date("2024-08-05"),
      qualifyingCredits: 1300,
    });
    expect(july.next).toBeUndefined(); // Gold is the top
    // Mid-September: Silver since the 08-05 demotion, review 11-05.
    expect(tierStatus(ledger, { asOf: "2024-09-15" })).toMatchObject({
      tier: "Silver",
      since: new Date("2024-08-05"),
      reviewAt: new Date("2024-11-05"),
    });
  });

  it("ledgerStates agrees with balance and tierStatus", () => {
    for (const asOf of ["2024-02-20", "2024-07-15", "2024-09-15", "2024-12-31"]) {
      const [state] = ledgerStates(ledger, { asOf });
      const b = balance(ledger, { asOf });
      const t = tierStatus(ledger, { asOf });
      expect(state).toEqual({
        customerId: m,
        accrued: b.accrued,
        redeemed: b.redeemed,
        expired: b.expired,
        points: b.points,
        lapsed: b.lapsed,
        available: b.available,
        tier: t.tier,
        tierIndex: t.tierIndex,
        qualifyingCredits: t.qualifyingCredits,
      });
    }
  });
});
