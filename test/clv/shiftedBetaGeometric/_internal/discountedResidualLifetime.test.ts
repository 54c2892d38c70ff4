import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discountedResidualLifetime } from "../../../../src/clv/shiftedBetaGeometric/_internal/discountedResidualLifetime.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { expectClienteleError } from "../../../_helpers/expectIssue.ts";

describe("discountedResidualLifetime", () => {
  it("links DEL and DERL: DEL = 1 + DERL(0 renewals)/(1 + d) (the first payment, then the rest one period on)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: 0.001, max: 2, noNaN: true }),
        (la, lb, d) => {
          const [alpha, beta] = [10 ** la, 10 ** lb];
          const del = discountedResidualLifetime("f", alpha, beta, null, d, "start");
          const derl = discountedResidualLifetime("f", alpha, beta, 0, d, "start");
          expectClose(del, 1 + derl / (1 + d), { rel: 1e-12 });
        },
      ),
      { numRuns: 100 },
    );
  });

  it("divides by 1 + d for payments at the end, and is (β + k)/(α − 1) without discounting", () => {
    expectClose(
      discountedResidualLifetime("f", 0.7, 1.2, 3, 0.1, "end"),
      discountedResidualLifetime("f", 0.7, 1.2, 3, 0.1, "start") / 1.1,
      { rel: 1e-15 },
    );
    expectClose(discountedResidualLifetime("f", 3, 2, 4, 0, "start"), 6 / 2, { rel: 1e-15 });
  });

  it("throws domain_error for d = 0 with α ≤ 1, and where no method is accurate", () => {
    const e = expectClienteleError(() => discountedResidualLifetime("fn", 0.7, 1, 0, 0, "start"), "domain_error");
    expect(e.message).toMatch(/^fn: with discount rate 0 the expected lifetime is infinite when α ≤ 1/);
    expectClienteleError(() => discountedResidualLifetime("fn", 1, 1e12, 0, 1e-9, "start"), "domain_error");
  });
});
