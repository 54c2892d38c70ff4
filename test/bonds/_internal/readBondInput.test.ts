import { describe, expect, it } from "vitest";
import { isActiveAt, readAsOf, readBondInput } from "../../../src/bonds/_internal/readBondInput.ts";
import { groupByCustomer } from "../../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { bond } from "../_bondFixtures.ts";

describe("readBondInput", () => {
  it("returns a list as given, with its customer, and a record's bonds with the record", () => {
    const list = [bond("financial", "stamp-card")];
    const read = readBondInput("f", list);
    expect(read.bonds).toBe(list);
    expect(read.customerId).toBe("c1");
    expect(read.record).toBeUndefined();
    const [record] = groupByCustomer({ transactions: [], bonds: list });
    const fromRecord = readBondInput("f", record);
    expect(fromRecord.record).toBe(record);
    expect(fromRecord.bonds).toBe(record!.bonds);
  });
  it("rejects a kinds option that is not a catalogue", () => {
    const e = expectClienteleError(() => readBondInput("f", [], "x" as never), "invalid_input");
    expect(issuePaths(e)).toEqual(["options.kinds"]);
  });
});

describe("readAsOf", () => {
  it("takes a valid Date as is and parses a strict ISO string; anything else is invalid_input at options.asOf", () => {
    const d = new Date("2024-06-30T00:00:00Z");
    expect(readAsOf("f", d)).toBe(d);
    expect(readAsOf("f", "2024-06-30T12:00:00+02:00").toISOString()).toBe("2024-06-30T10:00:00.000Z");
    for (const bad of [undefined, "2024-06-30T12:00:00", 1719705600000, new Date("x")]) {
      expect(issuePaths(expectClienteleError(() => readAsOf("f", bad), "invalid_input"))).toEqual(["options.asOf"]);
    }
  });
});

describe("isActiveAt", () => {
  it("is true from start (inclusive) to end (exclusive)", () => {
    const b = bond("social", "club", { end: new Date("2024-02-01T00:00:00Z") });
    const t = (s: string) => new Date(s).getTime();
    expect(isActiveAt(b, t("2023-12-31T23:59:59Z"))).toBe(false);
    expect(isActiveAt(b, t("2024-01-01T00:00:00Z"))).toBe(true);
    expect(isActiveAt(b, t("2024-01-31T23:59:59Z"))).toBe(true);
    expect(isActiveAt(b, t("2024-02-01T00:00:00Z"))).toBe(false);
    expect(isActiveAt(bond("social", "club"), t("2099-01-01T00:00:00Z"))).toBe(true);
  });
});
