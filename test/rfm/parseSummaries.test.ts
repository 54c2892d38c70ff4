import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSummaries } from "../../src/rfm/parseSummaries.ts";
import { SummaryRowSchema } from "../../src/rfm/SummaryRowSchema.ts";
import { parseRows } from "../../src/schema/parseRows.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("parseSummaries", () => {
  it("reads rows from a warehouse or spreadsheet (the lifetimes CDNOW summary layout)", () => {
    expect(
      parseSummaries([
        { customerId: 1, frequency: 2, recency: 30.43, T: 38.86 },
        {
          customerId: "2",
          frequency: 0,
          recency: 0,
          T: 38.86,
          monetaryValue: 0,
          holdoutFrequency: 1,
          holdoutDuration: 39,
        },
      ]),
    ).toEqual([
      { customerId: "1", frequency: 2, recency: 30.43, T: 38.86 },
      {
        customerId: "2",
        frequency: 0,
        recency: 0,
        T: 38.86,
        monetaryValue: 0,
        holdoutFrequency: 1,
        holdoutDuration: 39,
      },
    ]);
  });

  it("reads columns, typed arrays included, into the same rows", () => {
    expect(
      parseSummaries({
        customerId: ["a", "b"],
        frequency: Float64Array.of(1, 0),
        recency: [2, 0],
        T: [3, 3],
        monetaryValue: [10, 0],
      }),
    ).toEqual([
      { customerId: "a", frequency: 1, recency: 2, T: 3, monetaryValue: 10 },
      { customerId: "b", frequency: 0, recency: 0, T: 3, monetaryValue: 0 },
    ]);
  });

  it("lists bad fields by path: rows summaries[i].field, columns summaries.field[i]", () => {
    const rows = expectClienteleError(
      () =>
        parseSummaries([
          { customerId: "a", frequency: 1.5, recency: 0, T: 1 },
          { customerId: "b", frequency: 1, recency: -1, T: Number.POSITIVE_INFINITY },
          { customerId: "c", frequency: 1, recency: 0, T: 1, frequencey: 2 } as never,
        ]),
      "invalid_input",
    );
    expect(rows.message).toMatchInlineSnapshot(`
      "parseSummaries: invalid input
        ✖ expected integer, received number → at summaries[0].frequency
        ✖ expected number ≥ 0, received -1 → at summaries[1].recency
        ✖ expected number, received Infinity → at summaries[1].T
        ✖ unknown key "frequencey" → at summaries[2]"
    `);
    const columns = expectClienteleError(
      () => parseSummaries({ customerId: ["a", "b"], frequency: [1, -1], recency: [0, 0], T: [1] }),
      "invalid_input",
    );
    expect(issuePaths(columns)).toEqual(["summaries.T"]);
    const cells = expectClienteleError(
      () => parseSummaries({ customerId: ["a", ""], frequency: [1, -1], recency: [0, 0], T: [1, 1] }),
      "invalid_input",
    );
    expect(issuePaths(cells)).toEqual(["summaries.customerId[1]", "summaries.frequency[1]"]);
  });

  it("rejects recency > T and a positive recency with frequency 0 (domain_error)", () => {
    const e = expectClienteleError(
      () =>
        parseSummaries([
          { customerId: "a", frequency: 1, recency: 40, T: 38 },
          { customerId: "b", frequency: 0, recency: 3, T: 38 },
        ]),
      "domain_error",
    );
    expect(e.message).toMatchInlineSnapshot(`
      "parseSummaries: 2 summary rows are impossible
        ✖ recency 40 exceeds T 38 (the last purchase cannot come after the end of calibration) → at summaries[0].recency
        ✖ recency 3 with frequency 0 (recency is 0 without repeat purchases) → at summaries[1].recency"
    `);
  });

  it("accepts exactly the rows SummaryRowSchema accepts, with the same paths (fast path vs schema)", () => {
    const num = fc.oneof(fc.double(), fc.integer({ min: -2, max: 5 }), fc.constant(undefined), fc.constant("1"));
    const row = fc.record(
      {
        customerId: fc.oneof(fc.constantFrom("a", "", 3, -1, 2.5), fc.constant(undefined)),
        frequency: num,
        recency: fc.constant(0),
        T: num,
        monetaryValue: num,
        holdoutFrequency: num,
        other: fc.constant(1),
      },
      { requiredKeys: ["recency"] },
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        const schema = parseRows("x", SummaryRowSchema, rows, { onInvalid: "collect" });
        let error: { code: string; issues: { path: unknown[] }[] } | undefined;
        try {
          parseSummaries(rows as never);
        } catch (e) {
          error = e as typeof error;
        }
        if (schema.rejected.length === 0) {
          if (error !== undefined) expect(error.code).toBe("domain_error");
        } else {
          expect(error?.code).toBe("invalid_input");
          expect(error?.issues.map((i) => i.path)).toEqual(
            schema.rejected.flatMap((r) => r.issues.map((i) => ["summaries", ...i.path.slice(1)])),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it("does not mutate its input", () => {
    const input = [{ customerId: 1, frequency: 2, recency: 1, T: 3 }];
    const copy = structuredClone(input);
    parseSummaries(input);
    expect(input).toEqual(copy);
  });

  it("refuses a repeated customer id at its second occurrence (issue 17, item 13)", () => {
    const rows = [
      { customerId: "a", frequency: 1, recency: 2, T: 5, monetaryValue: 10 },
      { customerId: "b", frequency: 0, recency: 0, T: 5, monetaryValue: 0 },
      { customerId: "a", frequency: 0, recency: 0, T: 4, monetaryValue: 0 },
    ];
    expect(issuePaths(expectClienteleError(() => parseSummaries(rows), "invalid_input"))).toEqual([
      "summaries[2].customerId",
    ]);
  });
});
