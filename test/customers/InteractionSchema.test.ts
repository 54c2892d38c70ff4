import { describe, expect, it } from "vitest";
import { InteractionDirectionSchema, InteractionSchema } from "../../src/customers/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const ok = { customerId: "a", timestamp: "1997-02-01", kind: "call", channel: "phone", direction: "outbound" };

describe("InteractionSchema", () => {
  it("accepts a touchpoint with an optional topic", () => {
    expect(parseInput("f", InteractionSchema, { ...ok, topic: "renewal" }).topic).toBe("renewal");
  });
  it("rejects an unknown direction, an empty kind and a missing channel", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => parseInput("f", InteractionSchema, { ...ok, direction: "sideways" }),
          "invalid_input",
        ),
      ),
    ).toEqual(["direction"]);
    expect(
      issuePaths(expectClienteleError(() => parseInput("f", InteractionSchema, { ...ok, kind: "" }), "invalid_input")),
    ).toEqual(["kind"]);
    const { channel: _c, ...noChannel } = ok;
    expect(
      issuePaths(expectClienteleError(() => parseInput("f", InteractionSchema, noChannel), "invalid_input")),
    ).toEqual(["channel"]);
  });
});

describe("InteractionDirectionSchema", () => {
  it("accepts exactly inbound and outbound", () => {
    expect(parseInput("f", InteractionDirectionSchema, "inbound")).toBe("inbound");
    expectClienteleError(() => parseInput("f", InteractionDirectionSchema, "Inbound"), "invalid_input");
  });
});
