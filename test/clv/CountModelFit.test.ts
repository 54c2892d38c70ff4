import { describe, expect, it } from "vitest";
import { fitBgNbd } from "../../src/clv/bgNbd/fitBgNbd.ts";
import { CountModelFitSchema } from "../../src/clv/CountModelFit.ts";
import { parseInput } from "../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadCdnowSummary } from "../_helpers/loadCdnowSummary.ts";

describe("CountModelFitSchema", () => {
  it("validates a BG/NBD fit read back from JSON and returns it unchanged", () => {
    const fit = fitBgNbd(loadCdnowSummary(), { unit: "week" });
    expect(parseInput("load", CountModelFitSchema, JSON.parse(JSON.stringify(fit)))).toEqual(fit);
  });

  it("rejects an unknown model at model", () => {
    const e = expectClienteleError(
      () => parseInput("load", CountModelFitSchema, { model: "pareto/nbd" }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["model"]);
  });
});
