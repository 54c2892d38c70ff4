import { describe, expect, it } from "vitest";
import { readCountData } from "../../../src/clv/_internal/readCountData.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const rows = [
  { customerId: "a", frequency: 2, recency: 30, T: 38 },
  { customerId: "b", frequency: 0, recency: 0, T: 38 },
  { customerId: "c", frequency: 2, recency: 30, T: 38 },
];

describe("readCountData", () => {
  it("reads rows, columns (arrays or typed arrays), compressed summaries and a TransactionSummary into the same weighted triples", () => {
    const fromRows = readCountData("f", rows);
    const fromColumns = readCountData("f", {
      customerId: ["a", "b", "c"],
      frequency: [2, 0, 2],
      recency: [30, 0, 30],
      T: [38, 38, 38],
    });
    const fromTyped = readCountData("f", {
      customerId: Uint32Array.of(1, 2, 3),
      frequency: Float64Array.of(2, 0, 2),
      recency: Float64Array.of(30, 0, 30),
      T: Float64Array.of(38, 38, 38),
      monetaryValue: Float64Array.of(5, 0, 7),
    });
    const fromCompressed = readCountData("f", {
      frequency: [2, 0],
      recency: [30, 0],
      T: [38, 38],
      count: [2, 1],
      customers: 3,
    });
    for (const { data } of [fromRows, fromColumns, fromTyped, fromCompressed]) {
      expect(data.customers).toBe(3);
      expect(data.size).toBe(2);
      expect([...data.weight].sort()).toEqual([1, 2]);
    }
    expect(fromRows.unit).toBeUndefined();
    const summary = readCountData("f", { rows, metadata: { unit: "week" } });
    expect(summary.unit).toBe("week");
    expect(summary.data.customers).toBe(3);
  });

  it("names bad fields by path: rows[i].field, columns.field[i], compressed.field[k], metadata.unit", () => {
    let e = expectClienteleError(
      () => readCountData("fitX", [{ customerId: "a", frequency: 1.5, recency: -1, T: Number.NaN }]),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["rows[0].frequency", "rows[0].recency", "rows[0].T"]);
    expect(e.message.startsWith("fitX: invalid input")).toBe(true);
    e = expectClienteleError(
      () =>
        readCountData("f", {
          customerId: [1, 2],
          frequency: Float64Array.of(1, 2),
          recency: Float64Array.of(1, Number.POSITIVE_INFINITY),
          T: Float64Array.of(3, 3),
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["columns.recency[1]"]);
    e = expectClienteleError(
      () => readCountData("f", { frequency: [1, -2], recency: [1, 0], T: [3, 3], count: [1, 0], customers: 1 }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["compressed.frequency[1]", "compressed.count[1]"]);
    e = expectClienteleError(() => readCountData("f", { rows, metadata: { unit: "fortnight" } }), "invalid_input");
    expect(issuePaths(e)).toEqual(["metadata.unit"]);
  });

  it("rejects impossible rows (recency > T; recency > 0 with frequency 0) with domain_error and paths, in every form", () => {
    let e = expectClienteleError(
      () =>
        readCountData("f", [
          { customerId: "a", frequency: 1, recency: 40, T: 38 },
          { customerId: "b", frequency: 0, recency: 2, T: 38 },
        ]),
      "domain_error",
    );
    expect(issuePaths(e)).toEqual(["rows[0].recency", "rows[1].recency"]);
    e = expectClienteleError(
      () =>
        readCountData("f", {
          customerId: [1],
          frequency: Float64Array.of(0),
          recency: Float64Array.of(1),
          T: Float64Array.of(3),
        }),
      "domain_error",
    );
    expect(issuePaths(e)).toEqual(["columns.recency[0]"]);
    e = expectClienteleError(
      () => readCountData("f", { frequency: [1], recency: [5], T: [3], count: [1], customers: 1 }),
      "domain_error",
    );
    expect(issuePaths(e)).toEqual(["compressed.recency[0]"]);
  });

  it("checks the shape of compressed summaries: equal lengths, Σ count = customers, no unknown keys", () => {
    let e = expectClienteleError(
      () => readCountData("f", { frequency: [1], recency: [1, 2], T: [3], count: [1], customers: 1, extra: 1 }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["compressed", "compressed.recency"]);
    e = expectClienteleError(
      () => readCountData("f", { frequency: [1], recency: [1], T: [3], count: [2], customers: 3 }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["compressed.customers"]);
  });

  it("rejects non-objects, and empty input with insufficient_data", () => {
    expect(issuePaths(expectClienteleError(() => readCountData("f", 42), "invalid_input"))).toEqual(["data"]);
    expectClienteleError(() => readCountData("f", []), "insufficient_data");
    expectClienteleError(
      () => readCountData("f", { customerId: [], frequency: [], recency: [], T: [] }),
      "insufficient_data",
    );
    expectClienteleError(
      () => readCountData("f", { frequency: [], recency: [], T: [], count: [], customers: 0 }),
      "insufficient_data",
    );
  });

  it("accepts on the typed-array fast path exactly what the row schema accepts (non-integer frequency and a bad optional column are rejected)", () => {
    const base = {
      customerId: Uint32Array.of(1),
      frequency: Float64Array.of(1.5),
      recency: Float64Array.of(1),
      T: Float64Array.of(2),
    };
    expect(issuePaths(expectClienteleError(() => readCountData("f", base), "invalid_input"))).toEqual([
      "columns.frequency[0]",
    ]);
    const badOptional = { ...base, frequency: Float64Array.of(1), holdoutFrequency: Float64Array.of(0.5) };
    expect(issuePaths(expectClienteleError(() => readCountData("f", badOptional), "invalid_input"))).toEqual([
      "columns.holdoutFrequency[0]",
    ]);
    expect(
      issuePaths(
        expectClienteleError(
          () => readCountData("f", { ...base, frequency: Float64Array.of(1), extra: [1] }),
          "invalid_input",
        ),
      ),
    ).toEqual(["columns"]);
  });
});

describe("readCountData on many bad rows (issue 17, item 7)", () => {
  const n = 200_000;
  it.each([
    ["rows", () => Array.from({ length: n }, (_, i) => ({ customerId: String(i), frequency: -1, recency: 0, T: 1 }))],
    [
      "columns",
      () => ({
        customerId: Array.from({ length: n }, (_, i) => String(i)),
        frequency: new Float64Array(n).fill(-1),
        recency: new Float64Array(n),
        T: new Float64Array(n).fill(1),
      }),
    ],
    [
      "compressed",
      () => ({
        frequency: new Float64Array(n).fill(-1),
        recency: new Float64Array(n),
        T: new Float64Array(n).fill(1),
        count: new Float64Array(n).fill(1),
        customers: n,
      }),
    ],
  ])("keeps the first 10,000 issues of %s and counts all of them", (_, make) => {
    const e = expectClienteleError(() => readCountData("fitBgNbd", make()), "invalid_input");
    expect(e.issues.length).toBe(10_000);
    expect(e.issueCount).toBe(n);
    expect(e.message.length).toBeLessThan(2_000);
  });

  it("caps the impossible rows alike (recency > T in every row)", () => {
    const e = expectClienteleError(
      () =>
        readCountData("fitBgNbd", {
          customerId: Array.from({ length: n }, (_, i) => String(i)),
          frequency: new Float64Array(n).fill(2),
          recency: new Float64Array(n).fill(5),
          T: new Float64Array(n).fill(1),
        }),
      "domain_error",
    );
    expect(e.issues.length).toBe(10_000);
    expect(e.issueCount).toBe(n);
    expect(e.message.split("\n")[0]).toBe(`fitBgNbd: ${n} summary rows are impossible`);
  });

  it("reads tables without customer ids, with fields of their own when told to ignore them, and compressed summaries without a total (issue 16, item 8)", () => {
    const withIds = readCountData("f", rows).data;
    const anonymousRows = rows.map(({ customerId: _, ...r }) => r);
    expect(readCountData("f", anonymousRows).data).toEqual(withIds);
    const columns = { frequency: [2, 0, 2], recency: [30, 0, 30], T: [38, 38, 38] };
    expect(readCountData("f", columns).data).toEqual(withIds);
    expect(readCountData("f", { ...columns, recency: Float64Array.from(columns.recency) }).data).toEqual(withIds);
    // Extra fields: refused by default (a misspelt field must not pass), skipped with ignoreUnknown.
    const extraRows = rows.map((r) => ({ ...r, monetary_value: 10 }));
    const refused = expectClienteleError(() => readCountData("f", extraRows), "invalid_input");
    expect(refused.issues[0]!.code).toBe("unrecognized_keys");
    expect(readCountData("f", extraRows, true).data).toEqual(withIds);
    const extraColumns = { ...columns, monetary_value: [1, 0, 3] };
    expect(issuePaths(expectClienteleError(() => readCountData("f", extraColumns), "invalid_input"))).toEqual([
      "columns",
    ]);
    expect(readCountData("f", extraColumns, true).data).toEqual(withIds);
    // The ignored fields are skipped, the summary fields still checked.
    const badT = [{ frequency: 1, recency: 2, T: -1, segment: "x" }];
    expect(issuePaths(expectClienteleError(() => readCountData("f", badT, true), "invalid_input"))).toEqual([
      "rows[0].T",
    ]);
    // Compressed: the total is optional, and checked when given.
    const compressed = { frequency: [0, 2], recency: [0, 30], T: [38, 38], count: [1, 2] };
    expect(readCountData("f", compressed).data).toEqual(readCountData("f", { ...compressed, customers: 3 }).data);
    expect(
      issuePaths(expectClienteleError(() => readCountData("f", { ...compressed, customers: 4 }), "invalid_input")),
    ).toEqual(["compressed.customers"]);
  });

  it("refuses a table where only some rows have an id, and repeated ids (issue 17, item 13)", () => {
    const mixed = [rows[0]!, { frequency: 0, recency: 0, T: 38 }];
    expect(issuePaths(expectClienteleError(() => readCountData("f", mixed), "invalid_input"))).toEqual([
      "rows[1].customerId",
    ]);
    const repeated = [...rows, { ...rows[0]! }];
    expect(issuePaths(expectClienteleError(() => readCountData("f", repeated), "invalid_input"))).toEqual([
      "rows[3].customerId",
    ]);
    const columns = {
      customerId: Uint32Array.of(7, 8, 7),
      frequency: [2, 0, 2],
      recency: [30, 0, 30],
      T: [38, 38, 38],
    };
    const e = expectClienteleError(() => readCountData("f", columns), "invalid_input");
    expect(issuePaths(e)).toEqual(["columns.customerId[2]"]);
    expect(e.issues[0]!.message).toMatch(/duplicate customer id "7" \(first at index 0\)/);
  });
});
