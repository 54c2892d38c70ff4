import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { safeParse } from "zod/v4/core";
import { covarianceCheck, modelFitFields } from "../../../src/clv/_internal/modelFitFields.ts";

const Schema = z.object({ covariance: modelFitFields.covariance }).check(covarianceCheck(2));

describe("modelFitFields / covarianceCheck", () => {
  it("accepts null or a symmetric k × k covariance with a non-negative diagonal", () => {
    expect(safeParse(Schema, { covariance: null }).success).toBe(true);
    expect(
      safeParse(Schema, {
        covariance: [
          [1, 0.5],
          [0.5, 2],
        ],
      }).success,
    ).toBe(true);
  });

  it("rejects a wrong size, an asymmetric matrix or a negative variance, reporting at covariance", () => {
    for (const covariance of [
      [[1]],
      [
        [1, 0.5],
        [0.4, 2],
      ],
      [
        [-1, 0],
        [0, 1],
      ],
      [
        [1, 0, 0],
        [0, 1, 0],
      ],
    ]) {
      const r = safeParse(Schema, { covariance });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(["covariance"]);
    }
  });

  it("requires finite numbers, a known unit and integer counts", () => {
    expect(safeParse(modelFitFields.logLikelihood, Number.POSITIVE_INFINITY).success).toBe(false);
    expect(safeParse(modelFitFields.unit, "fortnight").success).toBe(false);
    expect(safeParse(modelFitFields.n, 2.5).success).toBe(false);
    expect(safeParse(modelFitFields.n, 0).success).toBe(false);
    expect(safeParse(modelFitFields.iterations, 0).success).toBe(true);
  });
});
