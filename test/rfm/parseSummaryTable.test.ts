import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSummaries } from "../../src/rfm/parseSummaries.ts";
import { parseSummaryTable } from "../../src/rfm/parseSummaryTable.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const rows = [
  { customerId: 1, frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 12.5 },
  { customerId: "b", frequency: 0, recency: 0, T: 38.86 },
];

describe("parseSummaryTable", () => {
  it("returns typed columns in input order: NaN where a row lacks an optional field, undefined when no row has it", () => {
    const t = parseSummaryTable(rows);
    expect(t.length).toBe(2);
    expect(t.customerId).toEqual(["1", "b"]);
    expect(t.frequency).toEqual(Float64Array.of(2, 0));
    expect(t.recency).toEqual(Float64Array.of(30.43, 0));
    expect(t.T).toEqual(Float64Array.of(38.86, 38.86));
    expect(t.monetaryValue).toEqual(Float64Array.of(12.5, Number.NaN));
    expect(t.holdoutFrequency).toBeUndefined();
  });

  it("agrees with parseSummaries on rows and on columns", () => {
    const columns = { customerId: [1, "b"], frequency: [2, 0], recency: [30.43, 0], T: [38.86, 38.86] };
    const t = parseSummaryTable(columns);
    const r = parseSummaries(columns);
    expect(t.customerId).toEqual(r.map((x) => x.customerId));
    expect([...t.recency]).toEqual(r.map((x) => x.recency));
  });

  it("labels errors with the caller and path it is given, and defaults to its own name and `summaries`", () => {
    const bad = [{ customerId: "a", frequency: 1, recency: 40, T: 38 }];
    const own = expectClienteleError(() => parseSummaryTable(bad), "domain_error");
    expect(own.message.startsWith("parseSummaryTable: ")).toBe(true);
    expect(issuePaths(own)).toEqual(["summaries[0].recency"]);
    const theirs = expectClienteleError(
      () => parseSummaryTable(bad, { caller: "fitMyModel", path: "customers" }),
      "domain_error",
    );
    expect(theirs.message.startsWith("fitMyModel: ")).toBe(true);
    expect(issuePaths(theirs)).toEqual(["customers[0].recency"]);
    const columns = expectClienteleError(
      () => parseSummaryTable({ customerId: ["a"], frequency: [-1], recency: [0], T: [1] }),
      "invalid_input",
    );
    expect(issuePaths(columns)).toEqual(["summaries.frequency[0]"]);
  });

  it("does not mutate its input (property)", () => {
    const row = fc.record({
      customerId: fc.string({ minLength: 1 }),
      frequency: fc.nat(50),
      T: fc.double({ min: 0, max: 100, noNaN: true }),
    });
    fc.assert(
      // Distinct ids: a repeated id is invalid_input (issue 17 item 13).
      fc.property(fc.uniqueArray(row, { selector: (r) => r.customerId, maxLength: 20 }), (input) => {
        const summaries = input.map((r) => ({ ...r, recency: r.frequency === 0 ? 0 : r.T / 2 }));
        const before = structuredClone(summaries);
        parseSummaryTable(summaries);
        expect(summaries).toEqual(before);
      }),
    );
  });

  it("refuses a repeated customer id at its second occurrence, in rows and columns (issue 17, item 13)", () => {
    const rows = [
      { customerId: "a", frequency: 1, recency: 2, T: 5, monetaryValue: 10 },
      { customerId: "b", frequency: 0, recency: 0, T: 5, monetaryValue: 0 },
      { customerId: "a", frequency: 0, recency: 0, T: 4, monetaryValue: 0 },
    ];
    const e = expectClienteleError(() => parseSummaryTable(rows), "invalid_input");
    expect(issuePaths(e)).toEqual(["summaries[2].customerId"]);
    expect(e.issues[0]!.message).toBe('duplicate customer id "a" (first at index 0); each customer must appear once');
    const columns = { customerId: [1, 2, 1], frequency: [1, 0, 0], recency: [2, 0, 0], T: [5, 5, 4] };
    expect(issuePaths(expectClienteleError(() => parseSummaryTable(columns), "invalid_input"))).toEqual([
      "summaries.customerId[2]",
    ]);
  });

  it("reads tables without ids and with fields of their own when told to (issue 16, item 8)", () => {
    const rows = [
      { frequency: 1, recency: 2, T: 5, segment: "gold" },
      { frequency: 0, recency: 0, T: 5, segment: "new" },
    ];
    const table = parseSummaryTable(rows, { customerIds: "optional", unknownFields: "ignore" });
    expect(table.customerId).toBeUndefined();
    expect(table.frequency).toEqual(Float64Array.of(1, 0));
    // Each option alone is not enough: the default is to require ids and refuse unknown fields.
    expect(
      issuePaths(
        expectClienteleError(() => parseSummaryTable(rows as never, { unknownFields: "ignore" }), "invalid_input"),
      ),
    ).toEqual(["summaries[0].customerId", "summaries[1].customerId"]);
    expect(
      expectClienteleError(() => parseSummaryTable(rows, { customerIds: "optional" }), "invalid_input").issues[0]!.code,
    ).toBe("unrecognized_keys");
    // All ids or none.
    const mixed = [
      { customerId: "a", frequency: 1, recency: 2, T: 5 },
      { frequency: 0, recency: 0, T: 5 },
    ];
    expect(
      issuePaths(expectClienteleError(() => parseSummaryTable(mixed, { customerIds: "optional" }), "invalid_input")),
    ).toEqual(["summaries[1].customerId"]);
    expect(parseSummaryTable([mixed[0]!], { customerIds: "optional" }).customerId).toEqual(["a"]);
    const columns = { frequency: [1, 0], recency: [2, 0], T: [5, 5], index: [0, 1] };
    expect(parseSummaryTable(columns, { customerIds: "optional", unknownFields: "ignore" }).T).toEqual(
      Float64Array.of(5, 5),
    );
    expect(
      issuePaths(
        expectClienteleError(() => parseSummaryTable(rows, { customerIds: "maybe" as never }), "invalid_input"),
      ),
    ).toEqual(["options.customerIds"]);
  });
});
