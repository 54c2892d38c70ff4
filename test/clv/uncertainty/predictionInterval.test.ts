import { describe, expect, it } from "vitest";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { probabilityAlive } from "../../../src/clv/predictions/probabilityAlive.ts";
import { predictionInterval } from "../../../src/clv/uncertainty/predictionInterval.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../../_helpers/loadCdnowHoldout.ts";

describe("predictionInterval", () => {
  const { fit } = loadCdnowHoldout();

  it("gives exp(ln θ̂ ± 1.645 σ_φ) for each parameter, σ_φ = SE(θ̂)/θ̂ (delta method), to Monte Carlo accuracy", () => {
    const z = 1.6448536269514722;
    for (const name of ["r", "alpha", "a", "b"] as const) {
      const i = predictionInterval(fit, (m) => (m.params as Record<string, number>)[name]!, {
        seed: 11,
        draws: 20_000,
      });
      const theta = fit.params[name];
      const sigma = fit.standardErrors![name] / theta;
      // NOTE: 20,000 draws: the 5% quantile of a normal has Monte Carlo SE ≈ 0.015 σ; 0.06 σ is 4 SE.
      expectClose(Math.log(i.lower), Math.log(theta) - z * sigma, { abs: 0.06 * sigma }, `${name} lower`);
      expectClose(Math.log(i.upper), Math.log(theta) + z * sigma, { abs: 0.06 * sigma }, `${name} upper`);
      expect(i.estimate).toBe(theta);
    }
  });

  it("keeps the correlation of the parameters: ln(r/α) has half-width 1.645 √(v_rr + v_αα − 2 v_rα), narrower than independence gives", () => {
    const [r, alpha] = [fit.params.r, fit.params.alpha];
    const c = fit.covariance!;
    const vrr = c[0]![0]! / (r * r);
    const vaa = c[1]![1]! / (alpha * alpha);
    const vra = c[0]![1]! / (r * alpha);
    const sigma = Math.sqrt(vrr + vaa - 2 * vra);
    const ratio = predictionInterval(
      fit,
      (m) => (m.params as { r: number }).r / (m.params as { alpha: number }).alpha,
      {
        seed: 3,
        draws: 20_000,
      },
    );
    const halfWidth = (Math.log(ratio.upper) - Math.log(ratio.lower)) / 2;
    // NOTE: Monte Carlo tolerance as above (4 standard errors of a 5% quantile with 20,000 draws).
    expectClose(halfWidth, 1.6448536269514722 * sigma, { abs: 0.06 * sigma });
    expect(sigma).toBeLessThan(Math.sqrt(vrr + vaa));
  });

  it("returns Float64Array bounds element by element for vector quantities, with lower ≤ estimate ≤ upper here", () => {
    const customers = { frequency: [0, 2, 10], recency: [0, 30, 20], T: [38, 38, 38] };
    const i = predictionInterval(fit, (m) => probabilityAlive(m, customers), { seed: 1, draws: 500, level: 0.8 });
    expect(i.lower).toBeInstanceOf(Float64Array);
    expect(i.lower[0]).toBe(1);
    expect(i.upper[0]).toBe(1);
    for (let j = 1; j < 3; j++) {
      expect(i.lower[j]!).toBeLessThan(i.estimate[j]!);
      expect(i.upper[j]!).toBeGreaterThan(i.estimate[j]!);
    }
    expect(i.level).toBe(0.8);
  });

  it("gives draw d the same parameters whatever the number of draws (counter-based seeding)", () => {
    const seen: number[] = [];
    predictionInterval(
      fit,
      (m) => {
        seen.push((m.params as { r: number }).r);
        return 0;
      },
      { seed: 9, draws: 20 },
    );
    const more: number[] = [];
    predictionInterval(
      fit,
      (m) => {
        more.push((m.params as { r: number }).r);
        return 0;
      },
      { seed: 9, draws: 40 },
    );
    // seen[0] and more[0] are the point estimate; the draws follow.
    expect(more.slice(0, 21)).toEqual(seen);
  });

  it("throws invalid_input for a missing seed, a null or malformed covariance, and a predict result of the wrong shape", () => {
    const m = (model: CountModel) => (model.params as { r: number }).r;
    expectClienteleError(() => predictionInterval(fit, m, {} as never), "invalid_input");
    expect(
      issuePaths(expectClienteleError(() => predictionInterval(fit, m, { seed: 1, level: 1 }), "invalid_input")),
    ).toEqual(["options.level"]);
    expect(
      issuePaths(
        expectClienteleError(() => predictionInterval({ ...fit, covariance: null }, m, { seed: 1 }), "invalid_input"),
      ),
    ).toEqual(["fit.covariance"]);
    expect(
      issuePaths(
        expectClienteleError(() => predictionInterval({ ...fit, covariance: [[1]] }, m, { seed: 1 }), "invalid_input"),
      ),
    ).toEqual(["fit.covariance"]);
    let calls = 0;
    const shifty = () => (calls++ === 0 ? 1 : new Float64Array(2));
    expect(
      issuePaths(expectClienteleError(() => predictionInterval(fit, shifty as never, { seed: 1 }), "invalid_input")),
    ).toEqual(["predict"]);
  });

  it("throws domain_error for a covariance that is not positive definite or a non-finite prediction", () => {
    const singular = fit.covariance!.map((row) => row.map(() => 0));
    expectClienteleError(
      () => predictionInterval({ ...fit, covariance: singular }, () => 1, { seed: 1 }),
      "domain_error",
    );
    expectClienteleError(() => predictionInterval(fit, () => Number.NaN, { seed: 1 }), "domain_error");
  });

  it("does not mutate the fit", () => {
    const copy = structuredClone(fit);
    predictionInterval(fit, (m) => (m.params as { a: number }).a, { seed: 2, draws: 50 });
    expect(fit).toEqual(copy);
  });

  describe("progress and cancellation (issue 16 item 10)", () => {
    const customers = { frequency: [0, 2, 10, 1], recency: [0, 30, 20, 5], T: [38, 38, 38, 38] };
    const predict = (m: CountModel) => probabilityAlive(m, customers);

    it("reports phases draws then percentiles, each increasing, at most ~100 times, ending at done = total", () => {
      const seen: { done: number; total: number; phase?: string | undefined }[] = [];
      predictionInterval(fit, predict, { seed: 3, draws: 1000, onProgress: (p) => seen.push(p) });
      const draws = seen.filter((p) => p.phase === "draws");
      const percentiles = seen.filter((p) => p.phase === "percentiles");
      expect(draws.length + percentiles.length).toBe(seen.length);
      expect(seen.indexOf(percentiles[0]!)).toBe(draws.length); // draws first
      expect(draws.length).toBe(100);
      for (const phase of [draws, percentiles]) {
        for (let i = 1; i < phase.length; i++) expect(phase[i]!.done).toBeGreaterThan(phase[i - 1]!.done);
      }
      expect(draws.at(-1)).toEqual({ done: 1000, total: 1000, phase: "draws" });
      expect(percentiles.at(-1)).toEqual({ done: 4, total: 4, phase: "percentiles" });
    });

    it("throws aborted before drawing when the signal is already aborted (predict never called)", () => {
      const controller = new AbortController();
      controller.abort();
      let calls = 0;
      const e = expectClienteleError(
        () =>
          predictionInterval(
            fit,
            (m) => {
              calls++;
              return predict(m);
            },
            { seed: 3, signal: controller.signal },
          ),
        "aborted",
      );
      expect(e.message).toBe("predictionInterval: aborted by options.signal");
      expect(calls).toBe(0);
    });

    it("stops at the next report when onProgress aborts mid-way", () => {
      const controller = new AbortController();
      let calls = 0;
      let last = 0;
      expectClienteleError(
        () =>
          predictionInterval(
            fit,
            (m) => {
              calls++;
              return predict(m);
            },
            {
              seed: 3,
              draws: 1000,
              signal: controller.signal,
              onProgress: ({ done }) => {
                last = done;
                if (done >= 300) controller.abort();
              },
            },
          ),
        "aborted",
      );
      expect(last).toBe(300);
      // the estimate and draws 1…300, then the check at draw 310 throws
      expect(calls).toBeLessThanOrEqual(1 + 310);
      expect(calls).toBeGreaterThan(300);
    });

    it("gives the same interval with and without progress options", () => {
      const plain = predictionInterval(fit, predict, { seed: 5, draws: 200 });
      const tracked = predictionInterval(fit, predict, {
        seed: 5,
        draws: 200,
        onProgress: () => {},
        signal: new AbortController().signal,
      });
      expect(tracked).toEqual(plain);
    });
  });
});
