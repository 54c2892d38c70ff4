import { describe, expect, it } from "vitest";
import { lifecycleStage, lifecycleStages } from "../../src/lifecycle/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { asOf, incident, rec, tx } from "../termination/_terminationFixtures.ts";

const records = [
  rec({ transactions: [tx("2024-05-01", 40)] }),
  rec({ transactions: [tx("2023-01-01", 40)] }),
  rec({ transactions: [tx("2022-03-01", 40), tx("2024-05-01", 55)] }),
];

describe("lifecycleStages", () => {
  it("places every record as lifecycleStage does, in order", () => {
    const all = lifecycleStages(records, { asOf });
    expect(all.map((s) => s.stage)).toEqual(["new", "lapsed", "won-back"]);
    expect(all).toEqual(records.map((r) => lifecycleStage(r, { asOf })));
  });
  it("names the record in its errors", () => {
    const bad = [records[0]!, rec({ incidents: [incident("2024-01-01", "abuse", -1)] })];
    expect(issuePaths(expectClienteleError(() => lifecycleStages(bad, { asOf }), "invalid_input"))).toEqual([
      "records[1].incidents[0].staffHours",
    ]);
    expectClienteleError(() => lifecycleStages({} as never, { asOf }), "invalid_input");
  });
});
