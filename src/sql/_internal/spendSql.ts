import { describeReceived } from "../../_lib/describeReceived.ts";
import { throwInvalidValue } from "../../_lib/invalidValue.ts";
import { GammaGammaParamsSchema } from "../../clv/gammaGamma/GammaGammaParams.ts";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import type { SqlDialect } from "../SqlDialect.ts";
import { doubleLiteral } from "./dialectSql.ts";

/**
 * E[Z | x, z̄] of the Gamma-Gamma model as SQL (Fader, Hardie & Lee 2005, "RFM and CLV", eq. 5; the
 * arithmetic of clientele/clv's expectedAverageSpend): p(γ + x z̄)/(p x + q − 1), and the population mean
 * pγ/(q − 1) for x = 0.
 *
 * @param fn - Public function name.
 * @param fit - The spend fit (untrusted; `model` and `params` are read).
 * @param path - Its path.
 * @param dialect - The dialect.
 * @param x - Column of x, quoted.
 * @param m - Column of z̄, quoted.
 * @returns The expression.
 * @throws {@link ClienteleInputError} `invalid_input` at `path.model` / `path.params`.
 * @throws {@link ClienteleDomainError} `domain_error` for q ≤ 1.
 * @internal
 */
export function expectedSpendExpression(
  fn: string,
  fit: unknown,
  path: readonly string[],
  dialect: SqlDialect,
  x: string,
  m: string,
): string {
  const model = (fit as { model?: unknown } | null)?.model;
  if (model !== "gamma-gamma") {
    throwInvalidValue(
      fn,
      [...path, "model"],
      `expected "gamma-gamma", received ${describeReceived(model)}`,
      '"gamma-gamma"',
      describeReceived(model),
    );
  }
  const { p, q, gamma } = parseInput(fn, GammaGammaParamsSchema, (fit as { params?: unknown }).params, [
    ...path,
    "params",
  ]);
  if (!(q > 1)) {
    throw new ClienteleDomainError("domain_error", `${fn}: q = ${q} ≤ 1, so no expected spend exists`, {
      issues: [{ code: "domain_error", path: [...path, "params", "q"], message: "q ≤ 1", received: String(q) }],
    });
  }
  const n = (v: number) => doubleLiteral(dialect, v);
  const q1 = q - 1;
  return `CASE WHEN ${x} = 0 THEN ${n((p * gamma) / q1)} ELSE ${n(p)} * (${n(gamma)} + ${x} * ${m}) / (${n(p)} * ${x} + ${n(q1)}) END`;
}
