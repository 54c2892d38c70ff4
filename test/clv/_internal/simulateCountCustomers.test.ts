import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { simulateCountCustomers } from "../../../src/clv/_internal/simulateCountCustomers.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const Params = z.strictObject({ rate: z.number().check(z.gt(0)) });

describe("simulateCountCustomers", () => {
  it("draws every customer into typed-array columns with ids 0..n−1 and the T given", () => {
    const sim = simulateCountCustomers(
      "sim",
      Params,
      { params: { rate: 2 }, customers: 3, T: [1, 2, 3], seed: 0 },
      (_s, _seed, i, p, T, out) => {
        out[0] = i;
        out[1] = Math.min(T, p.rate);
      },
    );
    expect([...sim.customerId]).toEqual([0, 1, 2]);
    expect([...sim.frequency]).toEqual([0, 1, 2]);
    expect([...sim.recency]).toEqual([1, 2, 2]);
    expect([...sim.T]).toEqual([1, 2, 3]);
  });

  it("validates options with the model's parameter schema, with paths", () => {
    const draw = () => {};
    const e = expectClienteleError(
      () => simulateCountCustomers("sim", Params, { params: { rate: -1 }, customers: 0, T: 1, seed: 1.5 }, draw),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["customers", "params.rate", "seed"]);
  });

  it("throws domain_error when a draw reports the purchase cap (NaN)", () => {
    expectClienteleError(
      () =>
        simulateCountCustomers(
          "sim",
          Params,
          { params: { rate: 1 }, customers: 2, T: 1, seed: 0 },
          (_s, _seed, _i, _p, _T, out) => {
            out[0] = Number.NaN;
          },
        ),
      "domain_error",
    );
  });
});
