// Digamma ψ(x) = d/dx ln Γ(x). Method:
// - x ≥ 10: the asymptotic series ψ(x) = ln x − 1/(2x) − Σ_{k=1}^{8} B_{2k} / (2k x^{2k}) (DLMF 5.11.2),
//   Bernoulli numbers B₂ … B₁₆; the first omitted term is below 4e-18 at x = 10.
// - 1 ≤ x ≤ 2: the Taylor series ψ(x) = Σ_{k=1}^{42} ψ^(k)(x₀)/k! (x − x₀)^k about the positive zero
//   x₀ = 1.4616321449683623… (x₀ split into two doubles; radius of convergence x₀, so |x − x₀| ≤ 0.54
//   converges like 0.37^k), which keeps relative accuracy next to the zero, where the recurrence would
//   cancel (Cody, Strecok & Thacher 1973 and Boost use a rational approximation about the same root).
// - 0 < x < 1: ψ(x) = ψ(x + 1) − 1/x (DLMF 5.5.2) and the series above;
//   2 < x < 10: the same recurrence upwards to x ≥ 10.
// - x < 0 (non-integer): the reflection ψ(1 − x) − ψ(x) = π cot(πx) (DLMF 5.5.4), cot from the exactly
//   reduced sinPi / cosPi.
import { cosPi } from "./cosPi.ts";
import { sinPi } from "./sinPi.ts";

const ROOT_HI = 1.4616321449683622;
const ROOT_LO = 9.549995429965697e-17;

// ψ^(k)(x₀)/k! for k = 42 … 1 (mpmath 1.3.0 at 60 digits, rounded to double), highest order first.
const ROOT_SERIES: readonly number[] = [
  -8.165115189488409e-8, 1.1934394829830244e-7, -1.7443695117727745e-7, 2.549626552021554e-7, -3.7266161283438227e-7,
  5.446941930669446e-7, -7.96142543124197e-7, 1.1636675363548843e-6, -1.7008538854332607e-6, 2.486022733129538e-6,
  -3.6336507898010456e-6, 5.3110609208898636e-6, -7.762817668462094e-6, 1.134638458466385e-5, -1.6584242271854135e-5,
  2.424006611860132e-5, -3.5430070947659604e-5, 5.178575795222081e-5, -7.569179582195066e-5, 0.0001106337276874741,
  -0.00016170622091974803, 0.00023635601564027053, -0.0003454680251063077, 0.000504953265834602, -0.0007380709389960052,
  0.0010788252019162967, -0.0015769367714301972, 0.002305126326734928, -0.003369801655439328, 0.004926781395729853,
  -0.007204534386356869, 0.010538791616612175, -0.01542476590494896, 0.022597648232218104, -0.03316112647484736,
  0.04880428816414311, -0.07219956125645471, 0.10782405069126237, -0.16394270544240652, 0.258499760955651,
  -0.4427631689835921, 0.9676722454476212,
];

// B_{2k} / (2k) for k = 1 … 8.
const D1 = 1 / 12;
const D2 = -1 / 120;
const D3 = 1 / 252;
const D4 = -1 / 240;
const D5 = 1 / 132;
const D6 = -691 / 32760;
const D7 = 1 / 12;
const D8 = -3617 / 8160;

/**
 * ψ(x) without validation, for hot loops.
 *
 * @remarks
 * Relative error about 1e-15 for x > 0, including near the zero x₀ ≈ 1.4616; for x < 0 accuracy is
 * relative to the size of the terms of the reflection formula (absolute near the negative zeros).
 *
 * @param x - Any number.
 * @returns ψ(x); NaN at the poles x = 0, −1, −2, … and for NaN or −∞; +∞ for +∞.
 * @internal
 */
export function digammaUnchecked(x: number): number {
  if (!(x > 0)) {
    if (!(x > Number.NEGATIVE_INFINITY) || x === Math.floor(x)) return Number.NaN;
    return digammaUnchecked(1 - x) - (Math.PI * cosPi(x)) / sinPi(x);
  }
  if (x === Number.POSITIVE_INFINITY) return x;
  if (x < 1) return digammaUnchecked(x + 1) - 1 / x;
  if (x <= 2) {
    const delta = x - ROOT_HI - ROOT_LO;
    let p = 0;
    for (let k = 0; k < ROOT_SERIES.length; k++) p = p * delta + ROOT_SERIES[k]!;
    return p * delta;
  }
  let shift = 0;
  let y = x;
  while (y < 10) {
    shift += 1 / y;
    y += 1;
  }
  const r2 = 1 / (y * y);
  const tail = r2 * (D1 + r2 * (D2 + r2 * (D3 + r2 * (D4 + r2 * (D5 + r2 * (D6 + r2 * (D7 + r2 * D8)))))));
  return Math.log(y) - 0.5 / y - tail - shift;
}
