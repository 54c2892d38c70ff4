import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTransactions } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

// `amount` is deliberately loosely typed so bad values can be fed in.
const row = (i: number, amount: unknown = 10) => ({
  customerId: `c${i % 7}`,
  timestamp: "1997-01-01",
  amount: amount as number,
});

describe("parseTransactions", () => {
  it("returns all rows parsed in input order", () => {
    const out = parseTransactions([row(1, 5), row(2, 6)]);
    expect(out.map((t) => t.amount)).toEqual([5, 6]);
    expect(out[0]?.timestamp).toBeInstanceOf(Date);
  });

  it("throws on the first call with any bad row, listing every bad row by index and field", () => {
    const rows = Array.from({ length: 1100 }, (_, i) => row(i));
    rows[17] = row(17, -1);
    rows[1042] = row(1042, Number.NaN);
    const e = expectClienteleError(() => parseTransactions(rows), "invalid_input");
    expect(issuePaths(e)).toEqual(["rows[17].amount", "rows[1042].amount"]);
    expect(e.message).toMatchInlineSnapshot(`
      "parseTransactions: invalid input in 2 of 1100 rows
        ✖ expected number ≥ 0, received -1 → at rows[17].amount
        ✖ expected number, received NaN → at rows[1042].amount"
    `);
  });

  it("collect mode returns valid and rejected rows and loses none", () => {
    const r = parseTransactions([row(0), row(1, -5), row(2)], { onInvalid: "collect" });
    expect(r.valid).toHaveLength(2);
    expect(r.validIndexes).toEqual([0, 2]);
    expect(r.rejected.map((x) => x.index)).toEqual([1]);
  });

  const arbitraryRow = fc.record(
    {
      customerId: fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: -2, max: 50 })),
      timestamp: fc.oneof(
        fc.constantFrom("1997-01-01", "1997-02-30", "2024-02-29", "2024-02-29T10:00:00Z", "junk"),
        fc.date({ noInvalidDate: false }),
      ),
      amount: fc.oneof(fc.double(), fc.constant("1")),
    },
    { requiredKeys: [] },
  );

  it("valid.length + rejected.length === rows.length for any input (property)", () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 40 }), (rows) => {
        const r = parseTransactions(rows as never[], { onInvalid: "collect" });
        expect(r.valid.length + r.rejected.length).toBe(rows.length);
      }),
    );
  });

  it("never mutates its input (property)", () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 40 }), (rows) => {
        const before = structuredClone(rows);
        parseTransactions(rows as never[], { onInvalid: "collect" });
        expect(rows).toEqual(before);
      }),
    );
  });

  it("returns Dates that are not the caller's Date objects", () => {
    const d = new Date("1997-01-01T00:00:00Z");
    const [t] = parseTransactions([{ customerId: "a", timestamp: d, amount: 1 }]);
    expect(t?.timestamp).not.toBe(d);
    expect(t?.timestamp.getTime()).toBe(d.getTime());
  });
});

describe("parseTransactions on a large bad batch", () => {
  it("reports 100,000 rows without customerId as missing fields in a message under 2,000 characters, keeping 10,000 issues and the count", () => {
    const rows = Array.from({ length: 100_000 }, () => ({ timestamp: "2024-01-01", amount: 5 }));
    const error = expectClienteleError(() => parseTransactions(rows as never), "invalid_input");
    expect(error.issues).toHaveLength(10_000);
    expect(error.issueCount).toBe(100_000);
    expect(error.issues[0]).toMatchObject({ code: "invalid_type", path: ["rows", 0, "customerId"] });
    expect(error.message.length).toBeLessThan(2_000);
    expect(error.message).toContain(
      "… and 99,992 more issues (the first 10,000 kept in error.issues); by kind, of those:",
    );
    expect(error.message).toContain("10,000 × invalid_type at rows[*].customerId");
  });
});
