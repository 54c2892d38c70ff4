import { describeReceived } from "../../_lib/describeReceived.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import type { SpendModel } from "./GammaGammaFit.ts";
import type { SpendHistory, SpendHistoryColumns } from "./SpendHistory.ts";

const MAX = Number.MAX_VALUE;

/** Checks `fit` (untrusted): model "gamma-gamma", finite p, q, γ > 0, and q > 1. */
function checkSpendModel(fn: string, fit: unknown): { p: number; q: number; gamma: number } {
  const model = typeof fit === "object" && fit !== null ? (fit as { model?: unknown }).model : undefined;
  const params = typeof fit === "object" && fit !== null ? (fit as { params?: unknown }).params : undefined;
  const issues: ClienteleIssue[] = [];
  if (model !== "gamma-gamma") {
    issues.push({
      code: "invalid_value",
      path: ["fit", "model"],
      message: `expected "gamma-gamma", received ${describeReceived(model)}`,
      expected: '"gamma-gamma"',
      received: describeReceived(model),
    });
  }
  const values: Record<string, number> = {};
  for (const name of ["p", "q", "gamma"]) {
    const v = typeof params === "object" && params !== null ? (params as Record<string, unknown>)[name] : undefined;
    if (typeof v === "number" && v > 0 && v <= MAX) values[name] = v;
    else {
      issues.push({
        code: "invalid_value",
        path: ["fit", "params", name],
        message: `expected finite number > 0, received ${describeReceived(v)}`,
        expected: "finite number > 0",
        received: describeReceived(v),
      });
    }
  }
  if (issues.length > 0) throw new ClienteleInputError(`${fn}: invalid input`, { issues });
  const { p, q, gamma } = values as { p: number; q: number; gamma: number };
  if (!(q > 1)) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: q = ${q} ≤ 1, so the population mean spend pγ/(q − 1) is infinite and no expected spend exists`,
      {
        issues: [
          {
            code: "domain_error",
            path: ["fit", "params", "q"],
            message: "q ≤ 1: mean spend undefined",
            received: String(q),
          },
        ],
      },
    );
  }
  return { p, q, gamma };
}

function validCustomer(x: unknown, z: unknown): boolean {
  return (
    typeof x === "number" &&
    Number.isSafeInteger(x) &&
    x >= 0 &&
    (x === 0
      ? z === undefined || (typeof z === "number" && z >= 0 && z <= MAX)
      : typeof z === "number" && z >= 0 && z <= MAX)
  );
}

function customerIssues(x: unknown, z: unknown, path: (field: string) => (string | number)[]): ClienteleIssue[] {
  const issues: ClienteleIssue[] = [];
  if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) {
    issues.push({
      code: "invalid_value",
      path: path("frequency"),
      message: `expected integer ≥ 0, received ${describeReceived(x)}`,
      expected: "integer ≥ 0",
      received: describeReceived(x),
    });
  }
  if (!validCustomer(typeof x === "number" && Number.isSafeInteger(x) && x >= 0 ? x : 1, z)) {
    issues.push({
      code: "invalid_value",
      path: path("monetaryValue"),
      message: `expected finite number ≥ 0, received ${describeReceived(z)}`,
      expected: "finite number ≥ 0",
      received: describeReceived(z),
    });
  }
  return issues;
}

/**
 * The expected value of a customer's future transactions given their spend so far, under a fitted
 * Gamma-Gamma model: E[Z | z̄, x], a weighted average of the population mean and the customer's own mean
 * repeat value z̄. Pass one customer for a number, or columns for a `Float64Array` (no per-customer
 * allocation).
 *
 * @remarks
 * Fader, Hardie & Lee (2005), "RFM and CLV", eq. 5:
 * E[Z | z̄, x] = (q − 1)/(px + q − 1) · pγ/(q − 1) + px/(px + q − 1) · z̄ = p(γ + x z̄)/(px + q − 1),
 * where pγ/(q − 1) = E[Z] is the population mean: the more repeat purchases x, the more weight on z̄. A
 * customer with x = 0 gets the population mean (their `monetaryValue` is ignored). Needs q > 1 (otherwise
 * the mean is infinite). Values are in the currency of the data the model was fitted on. Accuracy: with
 * FHL 2005's CDNOW parameters the population mean is 6.25 · 15.44/2.74 = 35.22, as the paper reports
 * (test/clv/gammaGamma/expectedAverageSpend.test.ts).
 *
 * @param fit - A {@link GammaGammaFit}, or any {@link SpendModel}.
 * @param customer - `{ frequency, monetaryValue }`, or columns of them.
 * @returns The expected spend per transaction, > 0: a number, or a `Float64Array` for columns.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, a frequency that is not an integer ≥ 0,
 *   or a monetary value that is not a finite number ≥ 0 (path `customer.monetaryValue[3]`), or columns of
 *   different lengths.
 * @throws {@link ClienteleDomainError} `domain_error` if q ≤ 1 (the mean spend is undefined).
 * @example
 * ```ts
 * import { expectedAverageSpend, type SpendModel } from "clientele/clv";
 * const fit: SpendModel = { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } };
 * expectedAverageSpend(fit, { frequency: 0, monetaryValue: 0 }).toFixed(2); // => "35.22"
 * expectedAverageSpend(fit, { frequency: 2, monetaryValue: 22.35 }).toFixed(2); // => "24.66"
 * expectedAverageSpend(fit, { frequency: [2, 6], monetaryValue: [22.35, 100] });
 * // => Float64Array [24.66…, 95.58…]
 * ```
 * @see {@link fitGammaGamma}, {@link customerLifetimeValue}
 * @category Gamma-Gamma
 */
export function expectedAverageSpend(fit: SpendModel, customer: SpendHistory): number;
export function expectedAverageSpend(fit: SpendModel, customers: SpendHistoryColumns): Float64Array;
export function expectedAverageSpend(
  fit: SpendModel,
  customer: SpendHistory | SpendHistoryColumns,
): number | Float64Array {
  const fn = "expectedAverageSpend";
  const { p, q, gamma } = checkSpendModel(fn, fit);
  const q1 = q - 1;
  if (typeof customer !== "object" || customer === null) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["customer"],
          message: `expected { frequency, monetaryValue } (numbers, or array-like columns), received ${describeReceived(customer)}`,
          expected: "object",
          received: describeReceived(customer),
        },
      ],
    });
  }
  const c = customer as { frequency?: unknown; monetaryValue?: unknown };
  const fx = c.frequency;
  const fz = c.monetaryValue;
  if (typeof fx === "number" || typeof fz === "number") {
    if (!validCustomer(fx, fz)) {
      throw new ClienteleInputError(`${fn}: invalid input`, {
        issues: customerIssues(fx, fz, (field) => ["customer", field]),
      });
    }
    const x = fx as number;
    return x === 0 ? (p * gamma) / q1 : (p * (gamma + x * (fz as number))) / (p * x + q1);
  }
  const lx = typeof fx === "object" && fx !== null ? (fx as { length?: unknown }).length : undefined;
  const lz = typeof fz === "object" && fz !== null ? (fz as { length?: unknown }).length : undefined;
  if (typeof lx !== "number" || lx !== lz) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["customer"],
          message: `expected frequency and monetaryValue as numbers or array-like columns of equal length, received lengths ${describeReceived(lx)} and ${describeReceived(lz)}`,
          expected: "equal-length columns",
          received: `lengths ${describeReceived(lx)} and ${describeReceived(lz)}`,
        },
      ],
    });
  }
  const xs = fx as ArrayLike<unknown>;
  const zs = fz as ArrayLike<unknown>;
  const out = new Float64Array(lx);
  const mean = (p * gamma) / q1;
  for (let i = 0; i < lx; i++) {
    const x = xs[i];
    const z = zs[i];
    if (!validCustomer(x, z)) {
      throw new ClienteleInputError(`${fn}: invalid input`, {
        issues: customerIssues(x, z, (field) => ["customer", field, i]),
      });
    }
    out[i] = x === 0 ? mean : (p * (gamma + (x as number) * (z as number))) / (p * (x as number) + q1);
  }
  return out;
}
