import { describe, expectTypeOf, it } from "vitest";
import { parseSummaryTable } from "../../src/rfm/parseSummaryTable.ts";
import type { SummaryTable } from "../../src/rfm/SummaryTable.ts";

describe("parseSummaryTable overloads (issue 16, item 8)", () => {
  it("types ids as always present unless they are optional", () => {
    const withIds = parseSummaryTable([{ customerId: "a", frequency: 1, recency: 2, T: 5 }]);
    expectTypeOf(withIds).toEqualTypeOf<SummaryTable>();
    const anonymous = parseSummaryTable([{ frequency: 1, recency: 2, T: 5 }], { customerIds: "optional" });
    expectTypeOf(anonymous.customerId).toEqualTypeOf<readonly string[] | undefined>();
    // @ts-expect-error: rows without ids need customerIds: "optional"
    parseSummaryTable([{ frequency: 1, recency: 2, T: 5 }]);
  });
});
