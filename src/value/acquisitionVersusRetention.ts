import * as z from "zod/mini";
import { MAX_DOUBLE } from "../_lib/numberLimits.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { checkFiniteFigures } from "./_internal/checkFiniteFigures.ts";

/**
 * Input of {@link acquisitionVersusRetention}: the customers at stake, what retaining one costs, and
 * either what winning one costs or the firm's ratio of the two.
 *
 * @example
 * ```ts
 * import type { AcquisitionVersusRetentionInput } from "clientele/value";
 * const input: AcquisitionVersusRetentionInput = {
 *   customers: 1000, retentionCostPerCustomer: 40, costRatio: 5, retentionSuccessRate: 0.5,
 * };
 * ```
 * @category Retention economics
 */
export interface AcquisitionVersusRetentionInput {
  /** Customers at risk of leaving, > 0. */
  readonly customers: number;
  /** What a retention effort costs per customer targeted, ≥ 0. */
  readonly retentionCostPerCustomer: number;
  /** What winning a new customer costs, > 0 (give this or `costRatio`). */
  readonly acquisitionCostPerCustomer?: number | undefined;
  /**
   * Acquisition cost as a multiple of retention cost, > 0 (give this or `acquisitionCostPerCustomer`).
   * The often-quoted "5 to 6 times" is a rule of thumb, not a law: state your own firm's figure.
   */
  readonly costRatio?: number | undefined;
  /** Share of targeted customers the effort keeps, in (0, 1]. */
  readonly retentionSuccessRate: number;
}

/**
 * Retaining against replacing (see {@link acquisitionVersusRetention}).
 *
 * @example
 * ```ts
 * import type { AcquisitionVersusRetention } from "clientele/value";
 * const r: Pick<AcquisitionVersusRetention, "cheaper"> = { cheaper: "retention" };
 * ```
 * @category Retention economics
 */
export interface AcquisitionVersusRetention {
  /** Cost of winning one customer. */
  readonly acquisitionCostPerCustomer: number;
  /** acquisitionCostPerCustomer / retentionCostPerCustomer (absent when retention is free). */
  readonly costRatio?: number | undefined;
  /** customers × retentionSuccessRate: customers the effort keeps. */
  readonly customersKept: number;
  /** customers × retentionCostPerCustomer: the cost of the effort. */
  readonly retentionCost: number;
  /** retentionCostPerCustomer / retentionSuccessRate: the cost per customer actually kept. */
  readonly retentionCostPerCustomerKept: number;
  /** customersKept × acquisitionCostPerCustomer: the cost of winning as many new customers instead. */
  readonly replacementCost: number;
  /** replacementCost − retentionCost. */
  readonly saving: number;
  /** retentionCostPerCustomer / acquisitionCostPerCustomer: the success rate at which the two cost the same. */
  readonly breakEvenSuccessRate: number;
  /** Which keeps the base at lower cost (`"equal"` on a tie). */
  readonly cheaper: "retention" | "acquisition" | "equal";
}

const positive = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(MAX_DOUBLE));
const Schema = /* @__PURE__ */ z.strictObject({
  customers: positive(),
  retentionCostPerCustomer: /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(MAX_DOUBLE)),
  acquisitionCostPerCustomer: /* @__PURE__ */ z.optional(positive()),
  costRatio: /* @__PURE__ */ z.optional(positive()),
  retentionSuccessRate: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(1)),
});

/**
 * Acquisition against retention cost: what it costs to keep the customers at risk, against what it would
 * cost to win as many new ones, with the acquisition/retention cost ratio the firm states.
 *
 * @remarks
 * Kotler's "acquiring new customers can cost five times more than satisfying and retaining current ones"
 * (and the "5 to 6 times" often quoted) is a rule of thumb from consulting studies, not a constant: here
 * it is `costRatio`, a parameter the firm sets from its own costs (or the acquisition cost itself). A
 * retention effort that keeps only a share of the customers it targets is worth it when its cost per
 * customer kept is below the acquisition cost, i.e. when the success rate exceeds `breakEvenSuccessRate`.
 *
 * @param input - Customers, costs and the success rate.
 * @returns Both costs and which is cheaper.
 * @throws {@link ClienteleInputError} `invalid_input` at `input.…` for a bad field or for neither or both of
 *   `acquisitionCostPerCustomer` and `costRatio` (or a `costRatio` with a zero retention cost).
 * @throws {@link ClienteleDomainError} `domain_error` if a cost overflows.
 * @example
 * ```ts
 * import { acquisitionVersusRetention } from "clientele/value";
 * const r = acquisitionVersusRetention({ customers: 1000, retentionCostPerCustomer: 40, costRatio: 5, retentionSuccessRate: 0.5 });
 * r.acquisitionCostPerCustomer; // => 200
 * r.retentionCost; // => 40000
 * r.replacementCost; // => 100000 (500 kept × 200)
 * r.breakEvenSuccessRate; // => 0.2
 * r.cheaper; // => "retention"
 * ```
 * @category Retention economics
 */
export function acquisitionVersusRetention(input: AcquisitionVersusRetentionInput): AcquisitionVersusRetention {
  const fn = "acquisitionVersusRetention";
  const o = parseInput(fn, Schema, input, ["input"]);
  const bad = (message: string): never => {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [{ code: "invalid_value", path: ["input", "costRatio"], message }],
    });
  };
  if ((o.acquisitionCostPerCustomer === undefined) === (o.costRatio === undefined)) {
    bad("expected either acquisitionCostPerCustomer or costRatio, not both or neither");
  }
  const rc = o.retentionCostPerCustomer;
  if (o.costRatio !== undefined && rc === 0)
    bad("a cost ratio needs a retention cost > 0; give acquisitionCostPerCustomer");
  const ac = o.acquisitionCostPerCustomer ?? (o.costRatio as number) * rc;
  const customersKept = o.customers * o.retentionSuccessRate;
  const retentionCost = o.customers * rc;
  const replacementCost = customersKept * ac;
  const saving = replacementCost - retentionCost;
  const result: AcquisitionVersusRetention = {
    acquisitionCostPerCustomer: ac,
    ...(rc > 0 ? { costRatio: ac / rc } : {}),
    customersKept,
    retentionCost,
    retentionCostPerCustomerKept: rc / o.retentionSuccessRate,
    replacementCost,
    saving,
    breakEvenSuccessRate: rc / ac,
    cheaper: saving > 0 ? "retention" : saving < 0 ? "acquisition" : "equal",
  };
  checkFiniteFigures(fn, result);
  return result;
}
