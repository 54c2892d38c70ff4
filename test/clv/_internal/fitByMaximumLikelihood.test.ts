import { describe, expect, it } from "vitest";
import { fitByMaximumLikelihood, type LikelihoodModel } from "../../../src/clv/_internal/fitByMaximumLikelihood.ts";
import { resolveFitOptions } from "../../../src/clv/_internal/resolveFitOptions.ts";
import type { ClienteleConvergenceError } from "../../../src/errors/ClienteleError.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

// A Gaussian log-likelihood in the log-parameters φ: ln L = −½ (φ − μ)ᵀ A (φ − μ) + c. Its maximum is at
// φ = μ, the observed information is A, so Cov(φ̂) = A⁻¹ and the delta method gives
// Cov(θ̂)ᵢⱼ = e^(μᵢ) e^(μⱼ) (A⁻¹)ᵢⱼ exactly.
const mu = [Math.log(0.5), Math.log(8), Math.log(2)];
const A = [
  [40, 12, -6],
  [12, 30, 9],
  [-6, 9, 20],
];
const C = -123.25;

/** The fields every test model shares: no requirement beyond the driver's, one boundary meaning a parameter. */
function plumbing(names: readonly string[]) {
  return {
    observationNoun: ["customer", "customers"] as const,
    requirements: [],
    boundaries: names.map((name) => ({ high: `${name} means high`, low: `${name} means low` })),
  };
}

function gaussian(n = 100): LikelihoodModel {
  return {
    fnName: "fitToy",
    names: ["p", "q", "s"],
    observations: n,
    defaultStart: [1, 1, 1],
    ...plumbing(["p", "q", "s"]),
    logLikelihood: (phi, gradient) => {
      let ll = C;
      for (let i = 0; i < 3; i++) {
        let g = 0;
        for (let j = 0; j < 3; j++) g -= A[i]![j]! * (phi[j]! - mu[j]!);
        gradient[i] = g;
        ll += 0.5 * g * (phi[i]! - mu[i]!);
      }
      return ll;
    },
  };
}

function inverse3(m: number[][]): number[][] {
  const [a, b, c] = m[0]!;
  const [d, e, f] = m[1]!;
  const [g, h, k] = m[2]!;
  const det = a! * (e! * k! - f! * h!) - b! * (d! * k! - f! * g!) + c! * (d! * h! - e! * g!);
  return [
    [(e! * k! - f! * h!) / det, (c! * h! - b! * k!) / det, (b! * f! - c! * e!) / det],
    [(f! * g! - d! * k!) / det, (a! * k! - c! * g!) / det, (c! * d! - a! * f!) / det],
    [(d! * h! - e! * g!) / det, (b! * g! - a! * h!) / det, (a! * e! - b! * d!) / det],
  ];
}

const options = (o: Record<string, unknown> = {}) => resolveFitOptions("fitToy", o, ["p", "q", "s"]);

describe("fitByMaximumLikelihood", () => {
  it("finds the maximum and reports ln L, k, n, AIC = 2k − 2 ln L and BIC = k ln n − 2 ln L", () => {
    const fit = fitByMaximumLikelihood(gaussian(250), options());
    expect(fit.converged).toBe(true);
    expect(Object.keys(fit.params)).toEqual(["p", "q", "s"]);
    expectClose(fit.params.p!, 0.5, { rel: 1e-8 });
    expectClose(fit.params.q!, 8, { rel: 1e-8 });
    expectClose(fit.params.s!, 2, { rel: 1e-8 });
    expectClose(fit.logLikelihood, C, { rel: 1e-12 });
    expect(fit.n).toBe(250);
    expectClose(fit.aic, 6 - 2 * fit.logLikelihood, { rel: 1e-15 });
    expectClose(fit.bic, 3 * Math.log(250) - 2 * fit.logLikelihood, { rel: 1e-15 });
    expect(fit.warnings).toEqual([]);
  });

  it("carries Cov(ln θ) to the natural scale by the delta method, off-diagonal entries included: Cov(θ)ᵢⱼ = θᵢθⱼ (A⁻¹)ᵢⱼ", () => {
    const fit = fitByMaximumLikelihood(gaussian(), options());
    const inv = inverse3(A);
    const theta = [0.5, 8, 2];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        expectClose(fit.covariance![i]![j]!, theta[i]! * theta[j]! * inv[i]![j]!, { rel: 1e-6 }, `cov[${i}][${j}]`);
      }
    }
    expectClose(fit.standardErrors!.q!, 8 * Math.sqrt(inv[1]![1]!), { rel: 1e-6 });
    // The elementwise form θ² ⊙ A⁻¹ (with θᵢ² on every entry of row i) is wrong off the diagonal.
    expect(Math.abs(fit.covariance![0]![1]! - theta[0]! ** 2 * inv[0]![1]!)).toBeGreaterThan(1e-3);
  });

  it("returns null standard errors and covariance with a warning when the Hessian is not positive definite", () => {
    const flat: LikelihoodModel = {
      ...gaussian(),
      logLikelihood: (phi, gradient) => {
        gradient[0] = -(phi[0]! - 1);
        gradient[1] = 0;
        gradient[2] = -(phi[2]! - 1);
        return -0.5 * ((phi[0]! - 1) ** 2 + (phi[2]! - 1) ** 2);
      },
    };
    const fit = fitByMaximumLikelihood(flat, options());
    expect(fit.standardErrors).toBeNull();
    expect(fit.covariance).toBeNull();
    expect(fit.warnings.find((w) => w.code === "standard_errors_unavailable")?.message).toContain(
      "not positive definite",
    );
    // q is the flat direction: named as such, the others are not.
    expect(fit.warnings.filter((w) => w.code === "parameter_at_boundary").map((w) => w.parameter)).toEqual(["q"]);
  });

  it("omits standard errors and covariance with standardErrors: false", () => {
    const fit = fitByMaximumLikelihood(gaussian(), options({ standardErrors: false }));
    expect(fit.standardErrors).toBeNull();
    expect(fit.covariance).toBeNull();
    expect(fit.warnings).toEqual([]);
  });

  it("throws not_converged naming options.maxIterations, or with allowNonConvergence returns converged: false and a warning", () => {
    const e = expectClienteleError(
      () => fitByMaximumLikelihood(gaussian(), options({ maxIterations: 1 })),
      "not_converged",
    );
    expect(e.message).toMatch(/^fitToy: did not converge after 1 iterations/);
    expect(e.message).toContain("raise options.maxIterations");
    expect((e as ClienteleConvergenceError).iterations).toBe(1);
    expect(Number.isFinite((e as ClienteleConvergenceError).lastValue)).toBe(true);
    const fit = fitByMaximumLikelihood(gaussian(), options({ maxIterations: 1, allowNonConvergence: true }));
    expect(fit.converged).toBe(false);
    expect(fit.iterations).toBe(1);
    expect(fit.warnings[0]).toMatchObject({ code: "not_converged", parameter: null });
    expect(fit.warnings[0]!.message).toMatch(/^did not converge after 1 iterations/);
  });

  it("bounds the likelihood evaluations by 20 · maxIterations + 101 and reports it as not_converged naming options.maxIterations", () => {
    // ln L = −|φ₁| − |φ₂| from φ = (3, −2): the kinks make every line search zoom, about 45 evaluations per
    // iteration, so the evaluation bound stops BFGS before maxIterations (6) does.
    let calls = 0;
    const kinked: LikelihoodModel = {
      fnName: "fitToy",
      names: ["p", "q"],
      observations: 2,
      defaultStart: [Math.exp(3), Math.exp(-2)],
      ...plumbing(["p", "q"]),
      // ln L/n is the same as with one observation (n = 2 meets the requirement of one per parameter).
      logLikelihood: (phi, gradient) => {
        calls++;
        gradient[0] = -2 * Math.sign(phi[0]!);
        gradient[1] = -2 * Math.sign(phi[1]!);
        return -2 * (Math.abs(phi[0]!) + Math.abs(phi[1]!));
      },
    };
    const e = expectClienteleError(
      () =>
        fitByMaximumLikelihood(
          kinked,
          resolveFitOptions("fitToy", { maxIterations: 6, tolerance: 1e-15, standardErrors: false }, ["p", "q"]),
        ),
      "not_converged",
    );
    expect(e.message).toMatch(/evaluations of f \(20 · maxIterations \+ 100\) reached .*; raise maxIterations/);
    // The start-value check, the BFGS run, the final ln L and the Hessian's 2k gradients (boundary check).
    expect(calls).toBeLessThanOrEqual(1 + (20 * 6 + 101) + 1 + 2 * 2);
  });

  it("maximises ln L/n − λ Σ (ln θ)² with a penalty λ (Gaussian: ln θ̂ = μ n/(n + 2λn) per coordinate when A = n I)", () => {
    const n = 50;
    const model: LikelihoodModel = {
      fnName: "fitToy",
      names: ["p"],
      observations: n,
      defaultStart: [1],
      ...plumbing(["p"]),
      logLikelihood: (phi, gradient) => {
        gradient[0] = -n * (phi[0]! - 2);
        return -0.5 * n * (phi[0]! - 2) ** 2;
      },
    };
    const fit = fitByMaximumLikelihood(model, resolveFitOptions("fitToy", { penalty: 0.25 }, ["p"]));
    expectClose(Math.log(fit.params.p!), 2 / 1.5, { rel: 1e-8 });
    expect(fit.penalty).toBe(0.25);
    // ln L is reported unpenalised
    expectClose(fit.logLikelihood, -0.5 * n * (2 / 1.5 - 2) ** 2, { rel: 1e-8 });
  });

  it("warns when a parameter runs to a boundary of the parameter space", () => {
    const model: LikelihoodModel = {
      fnName: "fitToy",
      names: ["p"],
      observations: 1,
      defaultStart: [1],
      ...plumbing(["p"]),
      logLikelihood: (phi, gradient) => {
        gradient[0] = Math.exp(-phi[0]! / 8) / 8;
        return -Math.exp(-phi[0]! / 8);
      },
    };
    const fit = fitByMaximumLikelihood(
      model,
      resolveFitOptions("fitToy", { standardErrors: false, allowNonConvergence: true }, ["p"]),
    );
    const w = fit.warnings.find((x) => x.code === "parameter_at_boundary");
    expect(w?.parameter).toBe("p");
    expect(w?.message).toMatch(/^p ran to .*: p means high \(options.penalty keeps parameters finite\)$/);
  });

  it("names the parameters of a flat direction of the likelihood (a ridge along ln p = ln q), with the meaning of the side they went to", () => {
    // ln L = −½·40·(φ₁ − φ₂ − 1)² − ½·30·(φ₃ − 1)²: only φ₁ − φ₂ is determined; BFGS stops somewhere on the ridge.
    const ridge: LikelihoodModel = {
      fnName: "fitToy",
      names: ["p", "q", "s"],
      observations: 100,
      defaultStart: [1, 1, 1],
      ...plumbing(["p", "q", "s"]),
      logLikelihood: (phi, gradient) => {
        const d = phi[0]! - phi[1]! - 1;
        gradient[0] = -40 * d;
        gradient[1] = 40 * d;
        gradient[2] = -30 * (phi[2]! - 1);
        return -20 * d * d - 15 * (phi[2]! - 1) ** 2;
      },
    };
    const fit = fitByMaximumLikelihood(ridge, options());
    const named = fit.warnings.filter((w) => w.code === "parameter_at_boundary");
    expect(named.map((w) => w.parameter)).toEqual(["p", "q"]);
    // From (0, 0) BFGS moves to (½, −½): p went up, q down.
    expect(named[0]!.message).toContain("a factor of 1000 up changes ln L by less than 1.92): p means high");
    expect(named[1]!.message).toContain("q means low");
  });

  it("does not warn on a well-determined likelihood whose curvature is just above the flatness bound (½ λ (ln 1000)² = 2 > 1.92)", () => {
    const lambda = 4 / Math.log(1000) ** 2;
    const model: LikelihoodModel = {
      fnName: "fitToy",
      names: ["p"],
      observations: 1,
      defaultStart: [1],
      ...plumbing(["p"]),
      logLikelihood: (phi, gradient) => {
        gradient[0] = -lambda * (phi[0]! - 3);
        return -0.5 * lambda * (phi[0]! - 3) ** 2;
      },
    };
    expect(fitByMaximumLikelihood(model, resolveFitOptions("fitToy", {}, ["p"])).warnings).toEqual([]);
    const flatter: LikelihoodModel = {
      ...model,
      logLikelihood: (phi, gradient) => {
        gradient[0] = -0.9 * lambda * (phi[0]! - 3);
        return -0.45 * lambda * (phi[0]! - 3) ** 2;
      },
    };
    const fit = fitByMaximumLikelihood(flatter, resolveFitOptions("fitToy", {}, ["p"]));
    expect(fit.warnings.map((w) => w.code)).toEqual(["parameter_at_boundary"]);
  });

  it("throws insufficient_data, saying how many there are and how many are needed, for fewer observations than parameters and for an unmet model requirement", () => {
    const few = expectClienteleError(() => fitByMaximumLikelihood(gaussian(2), options()), "insufficient_data");
    expect(issuePaths(few)).toEqual(["data"]);
    expect(few.message).toMatch(
      /^fitToy: insufficient data: 2 customers, at least 3 needed; 3 parameters \(p, q, s\) cannot be identified by fewer than 3 independent observations/,
    );
    const model: LikelihoodModel = {
      ...gaussian(),
      requirements: [
        { have: 1, need: 2, counted: ["widget", "widgets"], context: " among 100 customers", why: "because" },
      ],
    };
    const unmet = expectClienteleError(() => fitByMaximumLikelihood(model, options()), "insufficient_data");
    expect(unmet.message).toMatch(
      /^fitToy: insufficient data: 1 widget among 100 customers, at least 2 needed; because/,
    );
  });

  it("names the parameters running to a boundary in not_converged, instead of optimiser advice", () => {
    // ln L = −e^(−φ/8): keeps improving as φ → ∞; a tight tolerance and one iteration stop BFGS early.
    const model: LikelihoodModel = {
      fnName: "fitToy",
      names: ["p"],
      observations: 1,
      defaultStart: [Math.exp(40)],
      ...plumbing(["p"]),
      logLikelihood: (phi, gradient) => {
        gradient[0] = Math.exp(-phi[0]! / 8) / 8;
        return -Math.exp(-phi[0]! / 8);
      },
    };
    const e = expectClienteleError(
      () => fitByMaximumLikelihood(model, resolveFitOptions("fitToy", { maxIterations: 1, tolerance: 1e-15 }, ["p"])),
      "not_converged",
    );
    expect(e.message).toContain("the data do not determine p (p ran to");
    expect(e.message).toContain("p means high");
    expect(e.message).not.toContain("raise options.maxIterations");
  });

  it("throws domain_error at options.start when ln L is not finite at the start values", () => {
    const model: LikelihoodModel = { ...gaussian(), logLikelihood: () => Number.NaN };
    const e = expectClienteleError(() => fitByMaximumLikelihood(model, options()), "domain_error");
    expect(issuePaths(e)).toEqual(["options.start"]);
    expect(e.message).toContain("fitToy: the log-likelihood is not finite at the start values (p 1, q 1, s 1)");
    // A start value given in the options replaces the model's default.
    const given = expectClienteleError(
      () => fitByMaximumLikelihood(model, options({ start: { q: 2 } })),
      "domain_error",
    );
    expect(given.message).toContain("(p 1, q 2, s 1)");
  });
});

describe("fitByMaximumLikelihood with a coarse first stage", () => {
  it("reaches the same estimates and covariance when a (deliberately inexact) coarse log-likelihood preconditions the fit", () => {
    const full = gaussian();
    const plain = fitByMaximumLikelihood(full, options());
    const coarse: LikelihoodModel = {
      ...full,
      coarseLogLikelihood: (phi, gradient) => {
        // 10% off in curvature and shifted by 0.05 in every coordinate
        let ll = C;
        for (let i = 0; i < 3; i++) {
          let g = 0;
          for (let j = 0; j < 3; j++) g -= 1.1 * A[i]![j]! * (phi[j]! - mu[j]! - 0.05);
          gradient[i] = g;
          ll += 0.5 * g * (phi[i]! - mu[i]! - 0.05);
        }
        return ll;
      },
    };
    const staged = fitByMaximumLikelihood(coarse, options());
    expect(staged.converged).toBe(true);
    for (const name of ["p", "q", "s"]) expectClose(staged.params[name]!, plain.params[name]!, { rel: 1e-7 }, name);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++)
        expectClose(staged.covariance![i]![j]!, plain.covariance![i]![j]!, { rel: 1e-6, abs: 1e-12 });
    }
  });

  it("falls back to the plain fit when the coarse stage fails (not finite)", () => {
    const staged = fitByMaximumLikelihood({ ...gaussian(), coarseLogLikelihood: () => Number.NaN }, options());
    expectClose(staged.params.q!, 8, { rel: 1e-8 });
  });
});
