import { describe, expect, it } from "vitest";
import { periodKey } from "../../../src/loyalty/_internal/periodKey.ts";

const key = (iso: string, period: Parameters<typeof periodKey>[1]) => periodKey(Date.parse(iso), period);

describe("periodKey", () => {
  it("puts instants in the same UTC day, ISO week (from Monday), month, quarter and year", () => {
    expect(key("2024-03-04T00:00:00Z", "day")).toBe(key("2024-03-04T23:59:59Z", "day"));
    expect(key("2024-03-04T00:00:00Z", "week")).toBe(key("2024-03-10T23:59:59Z", "week")); // Monday..Sunday
    expect(key("2024-03-10T23:59:59Z", "week")).not.toBe(key("2024-03-11T00:00:00Z", "week"));
    expect(key("2024-03-01", "month")).toBe(key("2024-03-31T23:00:00Z", "month"));
    expect(key("2024-01-01", "quarter")).toBe(key("2024-03-31", "quarter"));
    expect(key("2024-03-31", "quarter")).not.toBe(key("2024-04-01", "quarter"));
    expect(key("2024-01-01", "year")).toBe(2024);
    expect(key("1969-12-29", "week")).toBe(key("1970-01-04", "week"));
  });
});
