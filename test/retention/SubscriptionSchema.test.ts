import { describe, expect, it } from "vitest";
import { SubscriptionSchema } from "../../src/retention/index.ts";

describe("SubscriptionSchema", () => {
  it("parses ids and dates; an end before the start fails at end", () => {
    expect(SubscriptionSchema.parse({ customerId: 3, start: "2024-01-15" })).toEqual({
      customerId: "3",
      start: new Date("2024-01-15T00:00:00Z"),
    });
    const r = SubscriptionSchema.safeParse({ customerId: "a", start: "2024-02-01", end: "2024-01-01" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["end"]);
    expect(SubscriptionSchema.safeParse({ customerId: "a", start: "2024-02-01", extra: 1 }).success).toBe(false);
  });
});
