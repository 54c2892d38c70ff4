import { describe, expect, it } from "vitest";
import { CustomerSchema, parseCustomers } from "../../src/customers/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("CustomerSchema", () => {
  it("accepts an id alone and with acquisition date, name, segment and attributes", () => {
    expect(parseInput("f", CustomerSchema, { id: 7 })).toEqual({ id: "7" });
    const c = parseInput("f", CustomerSchema, {
      id: "a",
      acquiredAt: "2020-05-01",
      name: "Ada",
      segment: "vip",
      attributes: { tier: "gold", points: 1200, optIn: true },
    });
    expect(c.acquiredAt?.toISOString()).toBe("2020-05-01T00:00:00.000Z");
    expect(c.attributes).toEqual({ tier: "gold", points: 1200, optIn: true });
  });
  it("rejects a missing id, a bad acquisition date, nested attribute values and junk keys", () => {
    expect(issuePaths(expectClienteleError(() => parseInput("f", CustomerSchema, {}), "invalid_input"))).toEqual([
      "id",
    ]);
    expect(
      issuePaths(
        expectClienteleError(() => parseInput("f", CustomerSchema, { id: "a", acquiredAt: "May 1" }), "invalid_input"),
      ),
    ).toEqual(["acquiredAt"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => parseInput("f", CustomerSchema, { id: "a", attributes: { x: { y: 1 } } }),
          "invalid_input",
        ),
      ),
    ).toEqual(["attributes.x"]);
    expect(
      expectClienteleError(() => parseInput("f", CustomerSchema, { id: "a", junk: 1 }), "invalid_input").issues[0]
        ?.code,
    ).toBe("unrecognized_keys");
  });
});

describe("CustomerSchema attributes", () => {
  it('rejects an own "__proto__" attribute with its path instead of dropping it', () => {
    const attributes = JSON.parse('{"__proto__": 5, "tier": "gold"}');
    const error = expectClienteleError(() => parseCustomers([{ id: "a", attributes }]), "invalid_input");
    expect(issuePaths(error)).toEqual(["rows[0].attributes.__proto__"]);
    expect(parseCustomers([{ id: "a", attributes: { tier: "gold" } }])[0]?.attributes).toEqual({ tier: "gold" });
  });
});
