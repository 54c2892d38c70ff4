import { describe, expect, it } from "vitest";
import { parseLoyaltyEvents } from "../../src/customers/index.ts";
import { balance, createLedger } from "../../src/loyalty/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const program = { costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } } as const;

describe("createLedger", () => {
  it("makes a frozen ledger of parsed events (the TSDoc example)", () => {
    const ledger = createLedger(program, [
      { customerId: "m1", timestamp: "2024-01-05", type: "accrual", points: 300 },
      { customerId: "m1", timestamp: "2024-02-01", type: "redemption", points: 100 },
    ]);
    expect(balance(ledger, { asOf: "2024-03-01" }).points).toBe(200);
    expect(ledger.events[0]?.timestamp).toEqual(new Date("2024-01-05"));
    expect(Object.isFrozen(ledger) && Object.isFrozen(ledger.events) && Object.isFrozen(ledger.events[0])).toBe(true);
    expect(createLedger(program).events).toEqual([]);
  });

  it("rejects negative points and an expiry before the accrual, at each event's path", () => {
    const e = expectClienteleError(
      () =>
        createLedger(program, [
          { customerId: "m1", timestamp: "2024-01-05", type: "accrual", points: -300 },
          { customerId: "m1", timestamp: "2024-01-05", type: "accrual", points: 10, expiresAt: "2024-01-04" },
        ]),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["events[0].points", "events[1].expiresAt"]);
    expect(e.message).toMatchInlineSnapshot(`
      "createLedger: invalid input in 2 of 2 rows
        ✖ expected number > 0, received -300 → at events[0].points
        ✖ expected a time at or after the accrual (2024-01-05T00:00:00.000Z), received "2024-01-04" → at events[1].expiresAt"
    `);
  });

  it("rejects a bad program under program, and events of another program", () => {
    expect(
      issuePaths(expectClienteleError(() => createLedger({ ...program, costPerPoint: -1 }), "invalid_input")),
    ).toEqual(["program.costPerPoint"]);
    const other = expectClienteleError(
      () =>
        createLedger({ ...program, programId: "club" }, [
          { customerId: "m1", timestamp: "2024-01-05", type: "accrual", points: 3, programId: "miles" },
        ]),
      "invalid_input",
    );
    expect(issuePaths(other)).toEqual(["events[0].programId"]);
  });

  it("throws domain_error naming the balance when a redemption exceeds it", () => {
    const e = expectClienteleError(
      () =>
        createLedger(program, [
          { customerId: "m1", timestamp: "2024-01-05", type: "accrual", points: 300 },
          { customerId: "m1", timestamp: "2024-02-01", type: "redemption", points: 500 },
        ]),
      "domain_error",
    );
    expect(issuePaths(e)).toEqual(["events[1].points"]);
    expect(e.message).toMatchInlineSnapshot(`
      "createLedger: the redemption of 500 points at events[1] exceeds member "m1"'s balance of 300 points at 2024-02-01T00:00:00.000Z
        ✖ 500 points exceed the balance of 300 points at 2024-02-01T00:00:00.000Z → at events[1].points"
    `);
  });

  it("counts a redemption and an accrual at one instant in any order (accruals first)", () => {
    const events = [
      { customerId: "m1", timestamp: "2024-02-01", type: "redemption", points: 100 },
      { customerId: "m1", timestamp: "2024-02-01", type: "accrual", points: 100 },
    ] as const;
    expect(balance(createLedger(program, events), { asOf: "2024-02-01" }).points).toBe(0);
  });
});

describe("createLedger's reading of events", () => {
  it("parses rows the fast reader takes and rows it leaves to the schema alike (as parseLoyaltyEvents)", () => {
    const rows = [
      { customerId: 7, timestamp: "2024-01-05T10:00:00+02:00", type: "accrual", points: 300, note: undefined },
      { customerId: "m1", timestamp: "+010000-06-01", type: "accrual", points: 5 }, // schema only
      { customerId: "7", timestamp: new Date("2024-02-01"), type: "redemption", points: 100, rewardId: "R" },
    ] as const;
    expect(createLedger(program, rows).events).toStrictEqual(parseLoyaltyEvents(rows));
  });

  it("reports every bad row as parseRows does, past a valid row the fast reader leaves to the schema", () => {
    const e = expectClienteleError(
      () =>
        createLedger(program, [
          { customerId: "m1", timestamp: "+010000-06-01", type: "accrual", points: 5 },
          { customerId: "m1", timestamp: "2024-01-05", type: "accrual", points: 1.5 },
          { customerId: "", timestamp: "2024-01-05", type: "expiry", points: 1 },
        ]),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["events[1].points", "events[2].customerId"]);
    expect(e.message).toMatch(/^createLedger: invalid input in 2 of 3 rows/);
    // @ts-expect-error events must be an array
    expect(issuePaths(expectClienteleError(() => createLedger(program, {}), "invalid_input"))).toEqual(["events"]);
  });
});
