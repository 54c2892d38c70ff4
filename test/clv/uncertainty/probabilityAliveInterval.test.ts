import { describe, expect, it } from "vitest";
import { probabilityAlive } from "../../../src/clv/probabilityAlive.ts";
import { predictionInterval } from "../../../src/clv/uncertainty/predictionInterval.ts";
import { probabilityAliveInterval } from "../../../src/clv/uncertainty/probabilityAliveInterval.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../../_helpers/loadCdnowHoldout.ts";

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
});
