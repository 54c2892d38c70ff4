import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParse } from "zod/v4/core";
import { countRowIssues, readSummaryTable } from "../../../src/rfm/_internal/readSummaryTable.ts";
import { SummaryRowSchema } from "../../../src/rfm/SummaryRowSchema.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("readSummaryTable", () => {
  it("reads rows into typed columns, NaN for absent optional fields, undefined for absent columns", () => {
    const t = readSummaryTable(
      "f",
      [
        { customerId: 1, frequency: 1, recency: 2, T: 3, monetaryValue: 4 },
        { customerId: "b", frequency: 0, recency: 0, T: 3 },
      ],
      "summaries",
    );
    expect(t.length).toBe(2);
    expect(t.customerId).toEqual(["1", "b"]);
    expect([...t.frequency]).toEqual([1, 0]);
    expect([...t.monetaryValue!]).toEqual([4, Number.NaN]);
    expect(t.holdoutFrequency).toBeUndefined();
  });

  it("reads columns with the same result and the root given for paths", () => {
    const t = readSummaryTable(
      "f",
      { customerId: [1], frequency: [1], recency: [2], T: [3], holdoutDuration: [39] },
      "input",
    );
    expect([...t.holdoutDuration!]).toEqual([39]);
    const e = expectClienteleError(
      () => readSummaryTable("f", { customerId: [1], frequency: [1], recency: [2] }, "input"),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["input.T"]);
    const other = expectClienteleError(() => readSummaryTable("f", 5, "input"), "invalid_input");
    expect(issuePaths(other)).toEqual(["input"]);
  });

  it("lets the schema decide rows the fast path does not take (an explicit undefined optional field)", () => {
    const t = readSummaryTable(
      "f",
      [{ customerId: "a", frequency: 0, recency: 0, T: 1, monetaryValue: undefined }],
      "s",
    );
    expect(t.monetaryValue).toBeUndefined();
  });
});

describe("countRowIssues (the count past the issue cap, issue 17 item 7)", () => {
  it("counts what SummaryRowSchema reports, or answers −1 (property over awkward values)", () => {
    const awkward = [
      undefined,
      0,
      1,
      -1,
      -1.5,
      1.5,
      Number.NaN,
      Infinity,
      -Infinity,
      "a",
      "",
      null,
      1e300,
      -1e300,
      2 ** 53,
      -0,
      {},
      true,
    ];
    const fields = [
      "customerId",
      "frequency",
      "recency",
      "T",
      "monetaryValue",
      "holdoutFrequency",
      "holdoutMonetaryValue",
      "holdoutDuration",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...awkward), { minLength: 8, maxLength: 8 }), (values) => {
        const counted = countRowIssues(values);
        if (counted < 0) return;
        const row: Record<string, unknown> = {};
        values.forEach((v, i) => {
          if (v !== undefined) row[fields[i]!] = v;
        });
        const result = safeParse(SummaryRowSchema, row);
        expect(counted).toBe(result.success ? 0 : result.error.issues.length);
      }),
      { numRuns: 2_000 },
    );
  });

  it("keeps the first 10,000 issues of 200,000 bad rows and counts all of them", () => {
    const n = 200_000;
    const rows = Array.from({ length: n }, (_, i) => ({ customerId: String(i), frequency: -1, recency: -1, T: 1 }));
    const e = expectClienteleError(() => readSummaryTable("f", rows, "rows"), "invalid_input");
    expect(e.issues.length).toBe(10_000);
    expect(e.issueCount).toBe(2 * n);
  });
});
