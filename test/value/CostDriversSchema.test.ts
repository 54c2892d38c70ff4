import { describe, expect, it } from "vitest";
import { parseInput } from "../../src/schema/index.ts";
import { CostDriversSchema } from "../../src/value/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("CostDriversSchema", () => {
  it("accepts a full table and keeps it as given", () => {
    const t = {
      currency: "EUR",
      perOrder: 3,
      perOrderByChannel: { web: 7.5 },
      revenueShare: 0.02,
      perInteraction: { return: 12, call: 4, visit: 60 },
      otherInteraction: 0,
      perServiceFailure: 20,
      perComplaint: 25,
      perIncidentStaffHour: 40,
    };
    expect(parseInput("f", CostDriversSchema, t)).toEqual(t);
  });

  it("rejects negative or infinite rates, a share outside [0, 1], a bad currency and unknown keys", () => {
    const e = expectClienteleError(
      () =>
        parseInput("f", CostDriversSchema, {
          currency: "eur",
          perOrder: Number.POSITIVE_INFINITY,
          revenueShare: -0.1,
          perOrderByChannel: { web: -1 },
          perDelivery: 2,
        }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["", "currency", "perOrder", "perOrderByChannel.web", "revenueShare"]);
  });
});
