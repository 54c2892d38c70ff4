import { describe, expect, it } from "vitest";
import type { CountData } from "../../../src/clv/_internal/buildCountData.ts";
import { type CountModelSpec, fitCountModel } from "../../../src/clv/_internal/fitCountModel.ts";
import type { Progress } from "../../../src/math/ProgressOptions.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

// A one-parameter toy count model: x ~ Poisson(λT), ln L = Σ w (x ln λ − λT) (+ constants), λ̂ = Σx/ΣT.
const poisson: CountModelSpec<"toy", { readonly lambda: number }> = {
  model: "toy",
  names: ["lambda"],
  defaultStart: () => [1],
  logLikelihood: (data: CountData) => (phi, gradient) => {
    const lambda = Math.exp(phi[0]!);
    let ll = 0;
    let g = 0;
    for (let k = 0; k < data.size; k++) {
      const w = data.weight[k]!;
      ll += w * (data.frequency[k]! * phi[0]! - lambda * data.T[k]!);
      g += w * (data.frequency[k]! - lambda * data.T[k]!);
    }
    gradient[0] = g;
    return ll;
  },
  boundaries: [{ high: "rates → ∞", low: "rates → 0" }],
};

const rows = [
  { customerId: "a", frequency: 2, recency: 5, T: 10 },
  { customerId: "b", frequency: 0, recency: 0, T: 20 },
  { customerId: "c", frequency: 4, recency: 9, T: 10 },
];

describe("fitCountModel", () => {
  it("fits a plugged-in model on compressed data and returns a ModelFit with its name, the unit and n", () => {
    const fit = fitCountModel("fitToy", poisson, rows, { unit: "day" });
    expect(fit.model).toBe("toy");
    expect(fit.unit).toBe("day");
    expect(fit.n).toBe(3);
    expectClose(fit.params.lambda, 6 / 40, { rel: 1e-8 });
    expectClose(fit.standardErrors!.lambda, Math.sqrt(6) / 40, { rel: 1e-6 });
  });

  it("takes the unit from a TransactionSummary's metadata, and rejects a different options.unit", () => {
    expect(fitCountModel("fitToy", poisson, { rows, metadata: { unit: "week" } }, undefined).unit).toBe("week");
    expect(fitCountModel("fitToy", poisson, { rows, metadata: { unit: "week" } }, { unit: "week" }).unit).toBe("week");
    const e = expectClienteleError(
      () => fitCountModel("fitToy", poisson, { rows, metadata: { unit: "week" } }, { unit: "day" }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.unit"]);
    expect(e.message).toContain('expected "week" (the unit recorded in the summary\'s metadata), received "day"');
  });

  it("requires options.unit for rows, columns and compressed data", () => {
    const e = expectClienteleError(() => fitCountModel("fitToy", poisson, rows, {}), "invalid_input");
    expect(issuePaths(e)).toEqual(["options.unit"]);
    expect(e.message).toContain("missing required field");
  });

  it("throws insufficient_data when there are fewer distinct repeat-buyer histories than parameters (none here), saying how many there are", () => {
    const e = expectClienteleError(
      () => fitCountModel("fitToy", poisson, [{ customerId: "a", frequency: 0, recency: 0, T: 3 }], { unit: "day" }),
      "insufficient_data",
    );
    expect(e.message).toMatch(
      /^fitToy: insufficient data: 0 distinct repeat-buyer histories \(frequency > 0; distinct \(frequency, recency, T\)\) among 1 customers, at least 1 needed; /,
    );
    expect(issuePaths(e)).toEqual(["data"]);
  });

  it("uses start values from options over the model's defaults", () => {
    const fit = fitCountModel("fitToy", poisson, rows, { unit: "day", start: { lambda: 0.15 }, maxIterations: 1 });
    expectClose(fit.params.lambda, 0.15, { rel: 1e-6 });
  });
});

describe("fitCountModel on large data", () => {
  it("fits more than 100,000 distinct triples through a thinned first stage to the same BG/NBD estimates as a direct fit", async () => {
    const { simulateBgNbd } = await import("../../../src/clv/bgNbd/simulateBgNbd.ts");
    const { bgNbdLogLikelihood } = await import("../../../src/clv/bgNbd/_internal/bgNbdLogLikelihood.ts");
    const { fitByMaximumLikelihood } = await import("../../../src/clv/_internal/fitByMaximumLikelihood.ts");
    const { readCountData } = await import("../../../src/clv/_internal/readCountData.ts");
    const { resolveFitOptions } = await import("../../../src/clv/_internal/resolveFitOptions.ts");
    const sim = simulateBgNbd({ params: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, customers: 250_000, T: 52, seed: 42 });
    const spec: CountModelSpec<
      "bg-nbd",
      { readonly r: number; readonly alpha: number; readonly a: number; readonly b: number }
    > = {
      model: "bg-nbd",
      names: ["r", "alpha", "a", "b"],
      defaultStart: () => [1, 30, 1, 3],
      logLikelihood: bgNbdLogLikelihood,
      boundaries: [0, 1, 2, 3].map(() => ({ high: "", low: "" })),
    };
    const { data } = readCountData("f", sim);
    expect(data.size).toBeGreaterThan(100_000);
    const phases: string[] = [];
    const staged = fitCountModel("fitX", spec, sim, {
      unit: "week",
      onProgress: ({ phase, done, total }: Progress) => {
        if (done === total) phases.push(phase!);
      },
    });
    // the first fit on the subsample, then the full fit, each ending at done = total
    expect(phases).toEqual(["prefit", "fit"]);
    const direct = fitByMaximumLikelihood(
      {
        fnName: "fitX",
        names: spec.names,
        observations: data.customers,
        defaultStart: [1, 30, 1, 3],
        logLikelihood: bgNbdLogLikelihood(data),
        observationNoun: ["customer", "customers"],
        requirements: [],
        boundaries: spec.boundaries,
      },
      resolveFitOptions("fitX", { standardErrors: false }, spec.names),
    );
    for (const name of spec.names) expectClose(staged.params[name], direct.params[name]!, { rel: 1e-6 }, name);
    expectClose(staged.logLikelihood, direct.logLikelihood, { rel: 1e-12 });
  });

  it('takes unknownFields: "ignore" for tables with columns of their own, and checks the option (issue 16, item 8)', () => {
    const table = { frequency: [2, 0, 5], recency: [3, 0, 9], T: [10, 10, 10], monetary_value: [1, 0, 2] };
    const refused = expectClienteleError(
      () => fitCountModel("fitToy", poisson, table, { unit: "week" }),
      "invalid_input",
    );
    expect(issuePaths(refused)).toEqual(["columns"]);
    const fit = fitCountModel("fitToy", poisson, table, { unit: "week", unknownFields: "ignore" });
    // λ̂ = Σx/ΣT = 7/30
    expectClose(fit.params.lambda, 7 / 30, { rel: 1e-8 });
    const bad = expectClienteleError(
      () => fitCountModel("fitToy", poisson, table, { unit: "week", unknownFields: "skip" }),
      "invalid_input",
    );
    expect(issuePaths(bad)).toEqual(["options.unknownFields"]);
  });
});
