import { describe, expectTypeOf, it } from "vitest";
import type { CsvTable } from "../../src/csv/CsvTable.ts";
import { parseCsv } from "../../src/csv/parseCsv.ts";

describe("CsvTable", () => {
  it("is what parseCsv returns: read-only strings with their lines", () => {
    expectTypeOf(parseCsv).returns.toEqualTypeOf<CsvTable>();
    expectTypeOf<CsvTable["rows"]>().toEqualTypeOf<readonly (readonly string[])[]>();
    expectTypeOf<{ header: string[]; rows: string[][]; lines: number[] }>().toExtend<CsvTable>();
    expectTypeOf<{ header: string[]; rows: number[][]; lines: number[] }>().not.toExtend<CsvTable>();
  });
});
