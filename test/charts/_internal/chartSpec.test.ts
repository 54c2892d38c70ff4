import { describe, expect, it } from "vitest";
import { chartSpec, readChartOptions, seriesScale } from "../../../src/charts/_internal/chartSpec.ts";
import { ChartOptionsSchema } from "../../../src/charts/ChartOptions.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("chartSpec", () => {
  it("puts the Vega-Lite v6 $schema, the default title and size, and the body together", () => {
    const spec = chartSpec({}, "Default", { description: "d", values: [{ x: 1 }], mark: "point" });
    expect(spec).toEqual({
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title: "Default",
      description: "d",
      width: 480,
      height: 300,
      data: { values: [{ x: 1 }] },
      mark: "point",
    });
  });

  it("applies title, size and colours (as the category range)", () => {
    const spec = chartSpec({ title: "T", width: 100, height: 60, colors: ["red"] }, "Default", {
      description: "",
      values: [],
    });
    expect(spec).toMatchObject({ title: "T", width: 100, height: 60, config: { range: { category: ["red"] } } });
    expect(seriesScale(["a", "b"])).toEqual({ domain: ["a", "b"] });
  });
});

describe("readChartOptions", () => {
  it("treats undefined as no options and reports bad ones under options", () => {
    expect(readChartOptions("f", ChartOptionsSchema, undefined)).toEqual({});
    expect(
      issuePaths(
        expectClienteleError(() => readChartOptions("f", ChartOptionsSchema, { height: 1.5 }), "invalid_input"),
      ),
    ).toEqual(["options.height"]);
    const unknown = expectClienteleError(
      () => readChartOptions("f", ChartOptionsSchema, { colour: "red" }),
      "invalid_input",
    );
    expect(unknown.issues[0]).toMatchObject({
      code: "unrecognized_keys",
      path: ["options"],
      message: 'unknown key "colour"',
    });
  });
});
