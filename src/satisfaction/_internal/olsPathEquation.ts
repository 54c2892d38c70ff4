// Ordinary least squares with an intercept for one equation of the path analysis, on construct scores held
// row-wise in one Float64Array. Centred cross-products (two passes, so nothing cancels), coefficients from
// the inverse of the centred XᵀX (clientele/math's invertSymmetric), residuals from a third pass:
//   b = Sxx⁻¹ Sxy,  a = ȳ − b·x̄,  σ² = RSS / (n − k − 1),
//   Var(b) = σ² Sxx⁻¹,  Var(a) = σ² (1/n + x̄ᵀ Sxx⁻¹ x̄)          (Greene, "Econometric Analysis", §4)
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import { invertSymmetric } from "../../math/invertSymmetric.ts";
import type { SatisfactionConstruct } from "../SatisfactionChainModel.ts";

/** A predictor whose centred sum of squares is at most this share of its raw one is taken as constant. */
const CONSTANT_TOLERANCE = 1e-12;
/** Two predictors with 1 − r² at most this are taken as an exact linear combination of each other. */
const COLLINEAR_TOLERANCE = 1e-10;

/** @internal */
export interface OlsCoefficient {
  readonly predictor: "intercept" | SatisfactionConstruct;
  readonly estimate: number;
  readonly standardError: number;
  readonly t: number | null;
}

/** @internal */
export interface OlsEquation {
  readonly coefficients: readonly OlsCoefficient[];
  readonly rSquared: number | null;
  readonly residualStandardError: number;
}

function collinear(fn: string, outcome: string, message: string): ClienteleDomainError {
  return new ClienteleDomainError("domain_error", `${fn}: collinear predictors in the ${outcome} equation`, {
    issues: [{ code: "custom", path: ["responses"], message }],
  });
}

/**
 * Fits `outcome ~ 1 + predictors` on rows `scores[r·stride …]`, r < n.
 *
 * @throws {@link ClienteleDomainError} `domain_error` naming the constructs when a predictor is constant or
 *   predictors are an exact linear combination of each other.
 * @internal
 */
export function olsPathEquation(
  fn: string,
  scores: Float64Array,
  n: number,
  stride: number,
  outcome: SatisfactionConstruct,
  y: number,
  predictors: readonly { readonly name: SatisfactionConstruct; readonly column: number }[],
): OlsEquation {
  const k = predictors.length;
  const cols = predictors.map((p) => p.column);
  const mean = new Float64Array(k);
  const rawSquares = new Float64Array(k);
  let yMean = 0;
  for (let r = 0, at = 0; r < n; r++, at += stride) {
    yMean += scores[at + y]!;
    for (let j = 0; j < k; j++) {
      const v = scores[at + cols[j]!]!;
      mean[j]! += v;
      rawSquares[j]! += v * v;
    }
  }
  yMean /= n;
  for (let j = 0; j < k; j++) mean[j]! /= n;
  const sxx = new Float64Array(k * k);
  const sxy = new Float64Array(k);
  let syy = 0;
  const centred = new Float64Array(k);
  for (let r = 0, at = 0; r < n; r++, at += stride) {
    const dy = scores[at + y]! - yMean;
    syy += dy * dy;
    for (let j = 0; j < k; j++) centred[j] = scores[at + cols[j]!]! - mean[j]!;
    for (let j = 0; j < k; j++) {
      const cj = centred[j]!;
      sxy[j]! += cj * dy;
      for (let l = 0; l <= j; l++) sxx[j * k + l]! += cj * centred[l]!;
    }
  }
  for (let j = 0; j < k; j++) {
    const ss = sxx[j * k + j]!;
    if (!(ss > CONSTANT_TOLERANCE * rawSquares[j]!) || ss === 0) {
      throw collinear(
        fn,
        outcome,
        `${predictors[j]!.name} is constant over the respondents (every score ${mean[j]}), so its coefficient is not identified`,
      );
    }
  }
  for (let j = 0; j < k; j++) {
    for (let l = 0; l < j; l++) {
      const c = sxx[j * k + l]!;
      const oneMinusR2 = 1 - (c * c) / (sxx[j * k + j]! * sxx[l * k + l]!);
      if (oneMinusR2 <= COLLINEAR_TOLERANCE) {
        throw collinear(
          fn,
          outcome,
          `${predictors[l]!.name} and ${predictors[j]!.name} are an exact linear combination of each other (1 − r² = ${oneMinusR2}), so their coefficients are not identified`,
        );
      }
    }
  }
  const rows: number[][] = [];
  for (let j = 0; j < k; j++) {
    const row: number[] = [];
    for (let l = 0; l < k; l++) row.push(l <= j ? sxx[j * k + l]! : sxx[l * k + j]!);
    rows.push(row);
  }
  let inverse: readonly (readonly number[])[];
  try {
    inverse = invertSymmetric(rows);
  } catch {
    throw collinear(
      fn,
      outcome,
      `${predictors.map((p) => p.name).join(", ")} are (numerically) linearly dependent, so their coefficients are not identified`,
    );
  }
  const b = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let s = 0;
    for (let l = 0; l < k; l++) s += inverse[j]![l]! * sxy[l]!;
    b[j] = s;
  }
  let intercept = yMean;
  for (let j = 0; j < k; j++) intercept -= b[j]! * mean[j]!;
  let rss = 0;
  for (let r = 0, at = 0; r < n; r++, at += stride) {
    let fitted = intercept;
    for (let j = 0; j < k; j++) fitted += b[j]! * scores[at + cols[j]!]!;
    const e = scores[at + y]! - fitted;
    rss += e * e;
  }
  const sigma2 = rss / (n - k - 1);
  let quad = 0;
  for (let j = 0; j < k; j++) for (let l = 0; l < k; l++) quad += mean[j]! * inverse[j]![l]! * mean[l]!;
  const coefficient = (predictor: OlsCoefficient["predictor"], estimate: number, variance: number): OlsCoefficient => {
    const standardError = Math.sqrt(Math.max(0, variance));
    return { predictor, estimate, standardError, t: standardError > 0 ? estimate / standardError : null };
  };
  const coefficients: OlsCoefficient[] = [coefficient("intercept", intercept, sigma2 * (1 / n + quad))];
  for (let j = 0; j < k; j++) coefficients.push(coefficient(predictors[j]!.name, b[j]!, sigma2 * inverse[j]![j]!));
  return {
    coefficients,
    rSquared: syy > 0 ? Math.min(1, Math.max(0, 1 - rss / syy)) : null,
    residualStandardError: Math.sqrt(sigma2),
  };
}
