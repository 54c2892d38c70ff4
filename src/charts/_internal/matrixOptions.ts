import * as z from "zod/mini";
import { ChartOptionsSchema } from "../ChartOptions.ts";

/**
 * The grid options of the matrix charts as a zod object (so that the expected-purchases options can
 * extend it); exported typed as `MatrixChartOptionsSchema`.
 *
 * @internal
 */
export const MatrixOptionsObject = /* @__PURE__ */ z.extend(ChartOptionsSchema, {
  T: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(1e12)),
  maxFrequency: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(500)),
  recencyCells: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(500)),
  ),
  timeLabel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(100))),
});
