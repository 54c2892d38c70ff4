import { describe, expect, it } from "vitest";
import { isClienteleError } from "../../../src/errors/index.ts";
import { readRiskRecord } from "../../../src/retention/_internal/readRiskRecord.ts";
import { at, bond, complaint, record, tx } from "../_riskFixtures.ts";

function issuesOf(value: unknown) {
  try {
    readRiskRecord("f", value);
  } catch (error) {
    if (isClienteleError(error, "invalid_input"))
      return { paths: error.issues.map((i) => i.path), count: error.issueCount };
    throw error;
  }
  throw new Error("expected invalid_input");
}

describe("readRiskRecord", () => {
  it("returns the record's first instant: the earliest event of any list (own date), or undefined without events", () => {
    expect(readRiskRecord("f", record())).toBeUndefined();
    const r = record({
      transactions: [tx("2024-03-01")],
      complaints: [complaint("2024-02-01", "2024-02-02")],
      bonds: [bond("financial", "stamp-card", "2024-01-15", "2024-06-01")],
    });
    expect(readRiskRecord("f", r)).toBe(at("2024-01-15").getTime());
  });
  it("names every bad field by path; an optional end may be absent but not invalid", () => {
    const bad = {
      ...record({ bonds: [bond("financial", "stamp-card", "2024-01-15")] }),
      customerId: "",
      transactions: [{ customerId: "c", timestamp: new Date(Number.NaN), amount: Number.POSITIVE_INFINITY }],
      complaints: [{ ...complaint("2024-02-01", "2024-02-02"), resolvedAt: "2024-02-02" }],
      interactions: "none",
    };
    expect(issuesOf(bad).paths).toEqual([
      ["record", "customerId"],
      ["record", "transactions", 0, "timestamp"],
      ["record", "transactions", 0, "amount"],
      ["record", "interactions"],
      ["record", "complaints", 0, "resolvedAt"],
    ]);
    expect(issuesOf(null).paths).toEqual([["record"]]);
  });
  it("keeps the message short for a large bad record (capped issue list, all counted)", () => {
    const transactions = Array.from({ length: 20_000 }, () => ({ customerId: "c", timestamp: "x", amount: 1 }));
    const { paths, count } = issuesOf({ ...record(), transactions });
    expect(count).toBe(20_000);
    expect(paths.length).toBe(10_000);
  });
});
