import { describe, expect, it } from "vitest";
import { isClienteleError } from "../../src/errors/index.ts";
import { parseCompressedRows } from "../../src/sql/parseCompressedRows.ts";

function paths(run: () => unknown, code = "invalid_input"): string[] {
  try {
    run();
  } catch (error) {
    expect(isClienteleError(error)).toBe(true);
    expect((error as { code: string }).code).toBe(code);
    return ((error as { issues: { path: (string | number)[] }[] }).issues ?? []).map((i) => i.path.join("."));
  }
  throw new Error("expected an error");
}

describe("parseCompressedRows", () => {
  const expected = { frequency: [0, 2], recency: [0, 10.5], T: [38, 38], count: [2, 1], customers: 3 };
  it("reads rows, bigint counts included (DuckDB returns BIGINT as bigint)", () => {
    expect(
      parseCompressedRows([
        { frequency: 0, recency: 0, T: 38, count: 2n },
        { frequency: 2n, recency: 10.5, T: 38, count: 1 },
      ]),
    ).toEqual(expected);
  });
  it("reads columns: arrays, typed arrays and Arrow-like vectors with get(i)", () => {
    const vector = (values: number[]) => ({ length: values.length, get: (i: number) => values[i] });
    expect(
      parseCompressedRows({
        frequency: [0, 2],
        recency: new Float64Array([0, 10.5]),
        T: vector([38, 38]),
        count: new BigInt64Array([2n, 1n]),
      }),
    ).toEqual(expected);
  });
  it("names every bad value by its path, and rejects columns of different lengths", () => {
    expect(
      paths(() =>
        parseCompressedRows([
          { frequency: 1.5, recency: "3", T: 1, count: 0 },
          { frequency: 0, recency: 0, T: Number.NaN, count: 2n ** 60n },
        ]),
      ),
    ).toEqual(["result.0.frequency", "result.0.recency", "result.0.count", "result.1.T", "result.1.count"]);
    expect(paths(() => parseCompressedRows({ frequency: [0], recency: [0, 1], T: [1], count: [1] }))).toEqual([
      "result.recency",
    ]);
    expect(paths(() => parseCompressedRows({ frequency: [0], recency: [0], T: [1] }))).toEqual(["result.count"]);
    expect(paths(() => parseCompressedRows([null as unknown as Record<string, unknown>]))).toEqual(["result.0"]);
  });
  it("refuses an empty result with insufficient_data", () => {
    expect(paths(() => parseCompressedRows([]), "insufficient_data")).toEqual([]);
  });
});
