import { describeReceived } from "../../../_lib/describeReceived.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../../errors/ClienteleIssue.ts";
import type { CustomerInput } from "../../_internal/readCustomers.ts";

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
 * E[Z | z̄, x] of customers read by `readCustomers` (one customer, or columns `{ frequency, monetaryValue }`,
 * rows transposed) under a spend fit (untrusted): the body of {@link expectedAverageSpend}, which
 * {@link customerLifetimeValue} and {@link scoreCustomers} call on customers they have read already.
 *
 * @param fn - Public function name.
 * @param fit - The spend fit (untrusted).
 * @param customers - The customers, with their paths.
 * @returns A number for one customer, else a Float64Array in input order.
 * @throws {@link ClienteleInputError} / {@link ClienteleDomainError} as {@link expectedAverageSpend} documents.
 * @internal
 */
export function expectedAverageSpendOf(fn: string, fit: unknown, customers: CustomerInput): number | Float64Array {
  const { p, q, gamma } = checkSpendModel(fn, fit);
  const q1 = q - 1;
  const customer = customers.customers;
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
  const at = customers.at;
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
        issues: customerIssues(x, z, (field) => at(field, i)),
      });
    }
    out[i] = x === 0 ? mean : (p * (gamma + (x as number) * (z as number))) / (p * (x as number) + q1);
  }
  return out;
}
