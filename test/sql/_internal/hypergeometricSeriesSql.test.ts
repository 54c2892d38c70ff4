import { describe, expect, it } from "vitest";
import { isClienteleError } from "../../../src/errors/index.ts";
import {
  hypergeometricSeriesCtes,
  MAX_SERIES_TERMS,
  SERIES_TOLERANCE,
  seriesLadder,
  seriesTermsSql,
} from "../../../src/sql/_internal/hypergeometricSeriesSql.ts";
import { openDuckDb } from "../_engines.ts";

const geometric = (n: number, z: number) => (z < 1 ? z ** (n + 1) / (1 - z) : Number.POSITIVE_INFINITY);

describe("the series ladder", () => {
  it("rungs grow by about 1.5, each limit is the largest z meeting the tolerance, the last covers zMax", () => {
    const rungs = seriesLadder("f", geometric, 0.9, 1);
    for (let i = 1; i < rungs.length; i++) {
      expect(rungs[i]!.terms).toBeGreaterThan(rungs[i - 1]!.terms);
      expect(rungs[i]!.zLimit).toBeGreaterThan(rungs[i - 1]!.zLimit);
    }
    for (const rung of rungs) {
      expect(geometric(rung.terms, rung.zLimit)).toBeLessThanOrEqual(SERIES_TOLERANCE);
      expect(geometric(rung.terms, rung.zLimit + 1e-12)).toBeGreaterThan(SERIES_TOLERANCE);
    }
    expect(rungs[rungs.length - 1]!.zLimit).toBeGreaterThanOrEqual(0.9);
    expect(seriesTermsSql("duckdb", '"z"', rungs)).toMatch(/^CASE WHEN "z" <= CAST\(.+ ELSE \d+ END$/);
  });

  it(`refuses with domain_error when more than ${MAX_SERIES_TERMS} terms would be needed`, () => {
    try {
      seriesLadder("f", geometric, 0.9999, 1);
      expect.unreachable();
    } catch (error) {
      expect(isClienteleError(error, "domain_error")).toBe(true);
    }
  });

  it("sums ₂F₁(1, 1; 2; z) = −ln(1 − z)/z on DuckDB to 1e-14 (terms alternate in sign for P < 0: (1 − z)^2 = ₂F₁(−2, 1; 1; z))", async () => {
    const engine = await openDuckDb();
    try {
      const q = (name: string) => `"${name}"`;
      const sql = [
        'WITH integers AS (SELECT CAST(i AS INTEGER) AS "k" FROM range(400) AS t(i)),',
        'points AS (SELECT * FROM (VALUES (1, 1.0, 1.0, 2.0, 0.5, 200), (2, -2.0, 1.0, 1.0, 0.5, 10)) AS p("id", "P", "Q", "C", "z", "N")),',
        ...hypergeometricSeriesCtes("duckdb", [q("id")], q),
        'SELECT "id", "S" FROM sums ORDER BY "id"',
      ].join("\n");
      const rows = await engine.rows(sql);
      expect(Math.abs((1 + (rows[0]!.S as number)) / (-Math.log(0.5) / 0.5) - 1)).toBeLessThan(1e-14);
      expect(1 + (rows[1]!.S as number)).toBeCloseTo(0.25, 14);
    } finally {
      await engine.close();
    }
  });
});
