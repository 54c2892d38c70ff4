import { describe, expect, it } from "vitest";
import * as facade from "../../src/schema/index.ts";

describe("clientele/schema facade", () => {
  it("exports exactly the documented runtime API", () => {
    expect(Object.keys(facade).sort()).toEqual([
      "CurrencySchema",
      "CustomerIdSchema",
      "LabelSchema",
      "MaxIssuesSchema",
      "MoneySchema",
      "NonNegativeMoneySchema",
      "TimestampSchema",
      "batchParser",
      "parseInput",
      "parseIsoTimestamp",
      "parseRows",
      "toClienteleIssues",
    ]);
  });
});
