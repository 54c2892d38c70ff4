import { describe, expect, it } from "vitest";
import { fitBgBb } from "../../../src/clv/bgBb/fitBgBb.ts";
import { probabilityAlive } from "../../../src/clv/predictions/probabilityAlive.ts";
import { predictionInterval } from "../../../src/clv/uncertainty/predictionInterval.ts";
import { probabilityAliveInterval } from "../../../src/clv/uncertainty/probabilityAliveInterval.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../../_helpers/loadCdnowHoldout.ts";
import { loadDonations } from "../../_helpers/loadDonations.ts";

describe("probabilityAliveInterval", () => {
  const { fit } = loadCdnowHoldout();

  it("equals predictionInterval with probabilityAlive, for one customer and for columns", () => {
    const one = { frequency: 2, recency: 30.43, T: 38.86 };
    expect(probabilityAliveInterval(fit, one, { seed: 4, draws: 300 })).toEqual(
      predictionInterval(fit, (m) => probabilityAlive(m, one), { seed: 4, draws: 300 }),
    );
    const columns = { frequency: [0, 2, 26], recency: [0, 5, 30.86], T: [38, 38, 31] };
    const i = probabilityAliveInterval(fit, columns, { seed: 4, draws: 300 });
    expect(i).toEqual(predictionInterval(fit, (m) => probabilityAlive(m, columns), { seed: 4, draws: 300 }));
    for (let j = 0; j < 3; j++) {
      expect(i.lower[j]!).toBeGreaterThanOrEqual(0);
      expect(i.upper[j]!).toBeLessThanOrEqual(1);
      expect(i.lower[j]!).toBeLessThanOrEqual(i.upper[j]!);
    }
  });

  it("throws with its own name and the customer's path for an impossible customer", () => {
    const e = expectClienteleError(
      () => probabilityAliveInterval(fit, { frequency: 1, recency: 40, T: 38 }, { seed: 1 }),
      "domain_error",
    );
    expect(e.message.startsWith("probabilityAliveInterval:")).toBe(true);
    expect(issuePaths(e)).toEqual(["customer.recency"]);
  });

  it("does not mutate its inputs", () => {
    const columns = { frequency: [1, 3], recency: [5, 9], T: [10, 10] };
    const copy = structuredClone(columns);
    probabilityAliveInterval(fit, columns, { seed: 1, draws: 20 });
    expect(columns).toEqual(copy);
  });

  it("gives BG/BB intervals for patterns, one or columns, equal to predictionInterval with probabilityAlive", () => {
    const fit = fitBgBb(loadDonations(), { unit: "year" });
    const pattern = { frequency: 3, recency: 5, opportunities: 6 };
    const one = probabilityAliveInterval(fit, pattern, { seed: 3, draws: 200 });
    expect(one).toEqual(predictionInterval(fit, (m) => probabilityAlive(m, pattern), { seed: 3, draws: 200 }));
    expect(one.estimate).toBe(probabilityAlive(fit, pattern));
    expect(one.lower).toBeLessThan(one.estimate);
    expect(one.estimate).toBeLessThan(one.upper);
    const columns = probabilityAliveInterval(
      fit,
      { frequency: [3, 6], recency: [5, 6], opportunities: [6, 6] },
      { seed: 3, draws: 200 },
    );
    expect(columns.estimate[0]).toBe(one.estimate);
    expect(columns.lower[0]).toBe(one.lower);
    expect(
      issuePaths(
        expectClienteleError(
          () => probabilityAliveInterval(fit, { frequency: 4, recency: 3, opportunities: 6 }, { seed: 1 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["customer.frequency"]);
  });

  it("runs the model-checking guide's call probabilityAliveInterval(fit, summary.rows, { seed: 42 }) (issue 16, item 2)", () => {
    const { fit, summary } = loadCdnowHoldout();
    const rows = summary.rows.slice(0, 50);
    const i = probabilityAliveInterval(fit, rows, { seed: 42, draws: 100 });
    expect(i.lower).toBeInstanceOf(Float64Array);
    expect(i.lower.length).toBe(50);
    expect(i.estimate).toEqual(probabilityAlive(fit, rows));
    for (let k = 0; k < 50; k++) expect(i.lower[k]!).toBeLessThanOrEqual(i.upper[k]!);
    // The whole summary works too (in the fit's unit), with the same numbers as its rows.
    const whole = probabilityAliveInterval(fit, summary, { seed: 42, draws: 20 });
    expect(whole.upper).toEqual(probabilityAliveInterval(fit, summary.rows, { seed: 42, draws: 20 }).upper);
  });
});
