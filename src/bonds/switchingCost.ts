import * as z from "zod/mini";
import type { BondInstrument } from "../customers/BondInstrumentSchema.ts";
import type { BondLevel } from "../customers/BondLevelSchema.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import { balance } from "../loyalty/balance.ts";
import { createLedger } from "../loyalty/createLedger.ts";
import { type LoyaltyProgramInput, LoyaltyProgramSchema } from "../loyalty/LoyaltyProgramSchema.ts";
import { parseInput } from "../schema/parseInput.ts";
import { CurrencySchema, LabelSchema, NonNegativeMoneySchema } from "../schema/primitives.ts";
import { isActiveAt, readAsOf, readBondInput } from "./_internal/readBondInput.ts";
import type {
  SwitchingCostBreakdown,
  SwitchingCostComponent,
  SwitchingCostEvidence,
} from "./SwitchingCostBreakdown.ts";
import { type SwitchingCostFacet, switchingCostFacets } from "./switchingCostFacets.ts";

const FN = "switchingCost";

/**
 * Evidence the caller states for one facet: a cash amount (a fee, hours × an hourly value) or a score in
 * [0, 1] (a survey answer rescaled), never both; `note` says where it comes from.
 *
 * @example
 * ```ts
 * import type { StatedSwitchingCost } from "clientele/bonds";
 * const setup: StatedSwitchingCost = { amount: 350, note: "3.5 h of data migration at 100/h" };
 * const risk: StatedSwitchingCost = { score: 0.4, note: "survey item 7, rescaled" };
 * ```
 * @category Switching costs
 */
export type StatedSwitchingCost =
  | {
      /** A cash amount ≥ 0, in the breakdown's currency. */
      readonly amount: number;
      /** Where the amount comes from. */
      readonly note?: string | undefined;
    }
  | {
      /** A score in [0, 1]. */
      readonly score: number;
      /** Where the score comes from. */
      readonly note?: string | undefined;
    };

/**
 * The caller's evidence per facet of switching cost (see {@link switchingCostFacets}): each an amount or a
 * score ({@link StatedSwitchingCost}).
 *
 * @example
 * ```ts
 * import type { StatedSwitchingCosts } from "clientele/bonds";
 * const stated: StatedSwitchingCosts = { setup: { amount: 350 }, brandRelationshipLoss: { score: 0.7 } };
 * ```
 * @category Switching costs
 */
export interface StatedSwitchingCosts {
  /** Procedural: the risk of a worse outcome with a provider one knows too little about. */
  readonly economicRisk?: StatedSwitchingCost | undefined;
  /** Procedural: searching for and analysing alternatives. */
  readonly evaluation?: StatedSwitchingCost | undefined;
  /** Procedural: learning to use a new provider's product. */
  readonly learning?: StatedSwitchingCost | undefined;
  /** Procedural: starting with a new provider, setting a new product up. */
  readonly setup?: StatedSwitchingCost | undefined;
  /** Financial: benefits for staying that switching forfeits (added to the other benefit-loss evidence). */
  readonly benefitLoss?: StatedSwitchingCost | undefined;
  /** Financial: one-time outlays of switching (added to the contract penalties). */
  readonly monetaryLoss?: StatedSwitchingCost | undefined;
  /** Relational: the bonds with the firm's people. */
  readonly personalRelationshipLoss?: StatedSwitchingCost | undefined;
  /** Relational: the identification with the brand. */
  readonly brandRelationshipLoss?: StatedSwitchingCost | undefined;
}

/**
 * Options of {@link switchingCost}: the date, the currency, and the evidence the record does not carry.
 *
 * @remarks
 * `forfeitablePoints` is where a loyalty ledger's balance comes in: the points the customer would forfeit
 * by leaving and the cash value of one point to the customer. See {@link switchingCost}.
 *
 * @example
 * ```ts
 * import type { SwitchingCostOptions } from "clientele/bonds";
 * const options: SwitchingCostOptions = {
 *   asOf: "2024-06-30",
 *   currency: "EUR",
 *   forfeitablePoints: { points: 12000, valuePerPoint: 0.01 },
 *   contractPenalties: [{ label: "early termination", amount: 200 }],
 *   stated: { setup: { amount: 350 }, learning: { score: 0.6 } },
 * };
 * ```
 * @category Switching costs
 */
export interface SwitchingCostOptions {
  /** The date the bonds are read at (required: the library never reads the clock). */
  readonly asOf: Date | string;
  /** ISO 4217 currency of every amount; an instrument valued in another currency is an error (never converted). */
  readonly currency?: string | undefined;
  /**
   * Loyalty points the customer forfeits by switching and each point's cash value to the customer
   * (benefit loss = points × valuePerPoint). Integration point for `clientele/loyalty`: its balance at
   * `asOf` and the program's value per point.
   */
  readonly forfeitablePoints?:
    | {
        /** Points that would be forfeited, ≥ 0. */
        readonly points: number;
        /** Cash value of one point to the customer, ≥ 0. */
        readonly valuePerPoint: number;
        /** The program, when the customer belongs to several. */
        readonly programId?: string | undefined;
      }
    | undefined;
  /**
   * The loyalty program whose points the record's `loyaltyEvents` hold (a `clientele/loyalty` definition with
   * `valuePerPoint`, the value of a point to the member): the points available at `asOf`
   * (`balance(createLedger(program, events), { asOf })`) are forfeited at `valuePerPoint` each. Only the events of
   * this program count (`programId` equal to the program's, or both absent). Give this or `forfeitablePoints`, not
   * both; it needs a customer record, not a list of instruments.
   */
  readonly loyaltyProgram?: LoyaltyProgramInput | undefined;
  /** Earned but unredeemed benefits (vouchers, free nights) at their cash value; benefit loss. */
  readonly unredeemedBenefits?:
    | readonly {
        /** What the benefit is. */
        readonly label: string;
        /** Its cash value, ≥ 0. */
        readonly cashValue: number;
      }[]
    | undefined;
  /** Penalties and fees due on leaving (early termination, closing fees); monetary loss. */
  readonly contractPenalties?:
    | readonly {
        /** What the penalty is. */
        readonly label: string;
        /** Its amount, ≥ 0. */
        readonly amount: number;
      }[]
    | undefined;
  /** Evidence for any facet, as a cash amount or a score (see {@link StatedSwitchingCosts}). */
  readonly stated?: StatedSwitchingCosts | undefined;
  /** A catalogue from {@link defineBondKinds}: when given, every instrument's kind must be in it at its level. */
  readonly kinds?: Readonly<Record<string, BondLevel>> | undefined;
}

const Score = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1));
const Note = /* @__PURE__ */ z.optional(LabelSchema);
const Stated = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.strictObject({ amount: NonNegativeMoneySchema, note: Note }),
  /* @__PURE__ */ z.strictObject({ score: Score, note: Note }),
]);
const facetNames = /* @__PURE__ */ Object.keys(switchingCostFacets) as SwitchingCostFacet[];

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  asOf: /* @__PURE__ */ z.unknown(),
  currency: /* @__PURE__ */ z.optional(CurrencySchema),
  forfeitablePoints: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      points: NonNegativeMoneySchema,
      valuePerPoint: NonNegativeMoneySchema,
      programId: /* @__PURE__ */ z.optional(LabelSchema),
    }),
  ),
  loyaltyProgram: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  unredeemedBenefits: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(/* @__PURE__ */ z.strictObject({ label: LabelSchema, cashValue: NonNegativeMoneySchema })),
  ),
  contractPenalties: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(/* @__PURE__ */ z.strictObject({ label: LabelSchema, amount: NonNegativeMoneySchema })),
  ),
  stated: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject(
      /* @__PURE__ */ Object.fromEntries(facetNames.map((f) => [f, /* @__PURE__ */ z.optional(Stated)])) as Record<
        SwitchingCostFacet,
        z.ZodMiniOptional<typeof Stated>
      >,
    ),
  ),
  kinds: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
});

/** Social kinds whose loss is a loss of identification with the brand rather than with people. */
const BRAND_KINDS: ReadonlySet<string> = new Set(["club", "membership", "member-events"]);

/**
 * A customer's switching cost by facet (Burnham, Frels & Mahajan 2003: procedural — economic risk,
 * evaluation, learning, setup; financial — benefit loss, monetary loss; relational — personal and brand
 * relationship loss), each with the evidence used, and the monetised total.
 *
 * @remarks
 * Evidence, by facet (amounts in `currency`; nothing is converted):
 * - **benefit loss** (monetised): `forfeitablePoints` (points × valuePerPoint), each `unredeemedBenefits`
 *   cash value, and the `value` of every **financial** instrument active at `asOf` (a trade-in offer, a
 *   buy-back lease, the bank of a co-branded card: value lost by leaving).
 * - **monetary loss** (monetised): each `contractPenalties` amount.
 * - **setup**: a stated amount or score, else a score from the active **structural** instruments
 *   (integrated systems must be set up again elsewhere): 1 − 0.5ⁿ for n instruments.
 * - **personal relationship loss**: a stated score, else a score from the active social instruments other
 *   than clubs, memberships and member events (personal contact, dedicated manager, a host's own social
 *   kinds): 1 − 0.5ⁿ.
 * - **brand relationship loss**: a stated score, else a score from active `club`, `membership` and
 *   `member-events` instruments: 1 − 0.5ⁿ.
 * - **economic risk, evaluation, learning**: only what is stated.
 * - `stated` adds a caller's amount to any facet (summed with the other monetary evidence) or gives its
 *   score (replacing a score derived from bonds). A facet with monetary evidence is `"monetised"`; one
 *   with a score only is `"scored"` (scores measure what the evidence cannot price and are never added to
 *   the total); one without evidence is `"unassessed"`.
 *
 * The total is the sum of the monetised amounts. Score evidence for a monetised facet (a structural bond
 * where the setup cost is stated as an amount) is not used, and `notes` says so. Social and structural
 * instruments' own `value`s are not added (their loss is relational or procedural, scored above). A record with loyalty events but no
 * neither `loyaltyProgram` nor `forfeitablePoints` gets a note: its points are not valued. With
 * `loyaltyProgram`, the points available at `asOf` in the record's ledger are forfeited at the program's
 * `valuePerPoint` (benefit loss, evidence from `"ledger"`). Inputs are never mutated.
 *
 * @param input - A customer record, or one customer's bond instruments.
 * @param options - `asOf` (required), `currency`, and the evidence the record does not carry.
 * @returns Every facet with its evidence, and the monetised total.
 * @throws {@link ClienteleInputError} `invalid_input` for bad options (paths under `options`) or a bad instrument.
 * @throws {@link ClienteleDomainError} `domain_error` if an instrument's value is in another currency than
 * `options.currency`, or instruments' values are in several currencies.
 * @example
 * ```ts
 * import { switchingCost } from "clientele/bonds";
 * import { parseBondInstruments } from "clientele/customers";
 * const bonds = parseBondInstruments([
 *   { customerId: "c1", level: "financial", kind: "trade-in-offer", start: "2024-01-01", value: 1500, currency: "EUR" },
 *   { customerId: "c1", level: "social", kind: "dedicated-manager", start: "2023-05-01" },
 * ]);
 * const cost = switchingCost(bonds, {
 *   asOf: "2024-06-30",
 *   currency: "EUR",
 *   forfeitablePoints: { points: 12000, valuePerPoint: 0.01 },
 *   contractPenalties: [{ label: "early termination", amount: 200 }],
 * });
 * cost.total; // => 1820 (= 1500 + 12000 × 0.01 + 200)
 * cost.components.find((c) => c.facet === "personalRelationshipLoss")?.score; // => 0.5
 * ```
 * @category Switching costs
 */
export function switchingCost(
  input: CustomerRecord | readonly BondInstrument[],
  options: SwitchingCostOptions,
): SwitchingCostBreakdown {
  const o = parseInput(FN, OptionsSchema, options, ["options"]);
  const asOf = readAsOf(FN, o.asOf);
  const { customerId, bonds, record } = readBondInput(
    FN,
    input,
    o.kinds as Readonly<Record<string, BondLevel>> | undefined,
  );
  const t = asOf.getTime();
  const money = new Map<SwitchingCostFacet, SwitchingCostEvidence[]>();
  const scores = new Map<SwitchingCostFacet, SwitchingCostEvidence[]>();
  const add = (
    to: Map<SwitchingCostFacet, SwitchingCostEvidence[]>,
    facet: SwitchingCostFacet,
    e: SwitchingCostEvidence,
  ) => {
    const list = to.get(facet);
    if (list === undefined) to.set(facet, [e]);
    else list.push(e);
  };

  // Financial: benefit loss from the caller's evidence, or from the record's points ledger.
  if (o.loyaltyProgram !== undefined) {
    const forfeited = forfeitedPoints(o.loyaltyProgram, o.forfeitablePoints !== undefined, record, asOf);
    if (forfeited !== undefined) add(money, "benefitLoss", forfeited);
  }
  if (o.forfeitablePoints !== undefined) {
    const { points, valuePerPoint, programId } = o.forfeitablePoints;
    add(money, "benefitLoss", {
      source: "option",
      path: "options.forfeitablePoints",
      description: `${points} points forfeited at ${valuePerPoint} each${programId === undefined ? "" : ` (program ${programId})`}`,
      amount: points * valuePerPoint,
      score: null,
    });
  }
  for (const [i, b] of (o.unredeemedBenefits ?? []).entries()) {
    add(money, "benefitLoss", {
      source: "option",
      path: `options.unredeemedBenefits[${i}]`,
      description: `unredeemed benefit: ${b.label}`,
      amount: b.cashValue,
      score: null,
    });
  }
  for (const [i, p] of (o.contractPenalties ?? []).entries()) {
    add(money, "monetaryLoss", {
      source: "option",
      path: `options.contractPenalties[${i}]`,
      description: `penalty on leaving: ${p.label}`,
      amount: p.amount,
      score: null,
    });
  }

  // Bonds active at asOf.
  let currency = o.currency;
  const currencyIssues: { path: (string | number)[]; message: string }[] = [];
  const base = Array.isArray(input) ? "instruments" : "bonds";
  const derived: Record<"setup" | "personalRelationshipLoss" | "brandRelationshipLoss", string[]> = {
    setup: [],
    personalRelationshipLoss: [],
    brandRelationshipLoss: [],
  };
  bonds.forEach((b, i) => {
    if (!isActiveAt(b, t)) return;
    const path = `${base}[${i}]`;
    const name = b.instrumentId === undefined ? `"${b.kind}"` : `"${b.kind}" ${b.instrumentId}`;
    if (b.level === "financial") {
      if (b.value === undefined) return;
      if (b.currency !== undefined) {
        if (currency === undefined) currency = b.currency;
        else if (b.currency !== currency) {
          currencyIssues.push({
            path: [base, i, "currency"],
            message: `value in ${b.currency}, but the amounts are in ${currency} (clientele never converts currencies)`,
          });
        }
      }
      add(money, "benefitLoss", {
        source: "bond",
        path,
        description: `value of financial bond ${name} lost on leaving`,
        amount: b.value,
        score: null,
      });
    } else if (b.level === "structural") derived.setup.push(path);
    else if (BRAND_KINDS.has(b.kind)) derived.brandRelationshipLoss.push(path);
    else derived.personalRelationshipLoss.push(path);
  });
  if (currencyIssues.length > 0) {
    throw new ClienteleDomainError("domain_error", `${FN}: amounts in more than one currency`, {
      issues: currencyIssues.map((c) => ({ code: "domain_error", ...c })),
    });
  }

  // Stated evidence: amounts add to a facet's money; a score replaces any score derived from bonds.
  const statedScore = new Set<SwitchingCostFacet>();
  if (o.stated !== undefined) {
    for (const facet of facetNames) {
      const s = o.stated[facet];
      if (s === undefined) continue;
      const path = `options.stated.${facet}`;
      const description = s.note === undefined ? "stated by the caller" : `stated by the caller: ${s.note}`;
      if ("amount" in s) add(money, facet, { source: "option", path, description, amount: s.amount, score: null });
      else {
        statedScore.add(facet);
        add(scores, facet, { source: "option", path, description, amount: null, score: s.score });
      }
    }
  }
  for (const facet of ["setup", "personalRelationshipLoss", "brandRelationshipLoss"] as const) {
    const paths = derived[facet];
    if (paths.length === 0 || statedScore.has(facet)) continue;
    const what =
      facet === "setup"
        ? "structural bond to set up again elsewhere"
        : facet === "brandRelationshipLoss"
          ? "club or membership tie to the brand"
          : "personal tie with the firm's people";
    // Each instrument closes half of the remaining gap: the k-th adds 0.5^(k+1); together 1 − 0.5ⁿ.
    for (let k = 0; k < paths.length; k++) {
      add(scores, facet, { source: "bond", path: paths[k]!, description: what, amount: null, score: 0.5 ** (k + 1) });
    }
  }

  const notes: string[] = [];
  const components: SwitchingCostComponent[] = [];
  const monetised: SwitchingCostFacet[] = [];
  const scored: SwitchingCostFacet[] = [];
  const unassessed: SwitchingCostFacet[] = [];
  const totalByType = { procedural: 0, financial: 0, relational: 0 };
  let total = 0;
  for (const facet of facetNames) {
    const type = switchingCostFacets[facet].type;
    const m = money.get(facet);
    const s = scores.get(facet);
    if (m !== undefined) {
      let amount = 0;
      for (const e of m) amount += e.amount ?? 0;
      if (!Number.isFinite(amount)) {
        throw new ClienteleDomainError("domain_error", `${FN}: the ${facet} amount overflows (${amount})`);
      }
      components.push({ facet, type, assessment: "monetised", amount, score: null, evidence: m });
      if (s !== undefined) {
        notes.push(`${facet} is monetised, so its score evidence is not used (${s.map((e) => e.path).join(", ")})`);
      }
      monetised.push(facet);
      totalByType[type] += amount;
      total += amount;
    } else if (s !== undefined) {
      let score = 0;
      for (const e of s) score += e.score ?? 0;
      components.push({ facet, type, assessment: "scored", amount: null, score: Math.min(1, score), evidence: s });
      scored.push(facet);
    } else {
      components.push({ facet, type, assessment: "unassessed", amount: null, score: null, evidence: [] });
      unassessed.push(facet);
    }
  }
  if (!Number.isFinite(total)) throw new ClienteleDomainError("domain_error", `${FN}: the total overflows (${total})`);
  if (
    record !== undefined &&
    Array.isArray(record.loyaltyEvents) &&
    record.loyaltyEvents.length > 0 &&
    o.forfeitablePoints === undefined &&
    o.loyaltyProgram === undefined
  ) {
    notes.push(
      `the record has ${record.loyaltyEvents.length} loyalty events but neither loyaltyProgram nor forfeitablePoints was given: points are not valued`,
    );
  }
  return {
    customerId,
    asOf,
    currency,
    components,
    total,
    totalByType,
    facets: { monetised, scored, unassessed },
    notes,
  };
}

/** Benefit-loss evidence for the points the record's ledger holds at `asOf` (see SwitchingCostOptions.loyaltyProgram). */
function forfeitedPoints(
  programInput: unknown,
  alsoStated: boolean,
  record: CustomerRecord | undefined,
  asOf: Date,
): SwitchingCostEvidence | undefined {
  const path = ["options", "loyaltyProgram"];
  const refuse = (message: string, at: readonly (string | number)[] = path): never => {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: [{ code: "invalid_value", path: at, message }],
    });
  };
  if (alsoStated) refuse("give loyaltyProgram or forfeitablePoints, not both");
  if (record === undefined)
    refuse("loyaltyProgram needs a customer record (its loyaltyEvents), not a list of instruments");
  const program = parseInput(FN, LoyaltyProgramSchema, programInput, path);
  if (program.valuePerPoint === undefined) {
    refuse("the program has no valuePerPoint: a point's value to the member is needed to value forfeited points", [
      ...path,
      "valuePerPoint",
    ]);
  }
  const events = (record as CustomerRecord).loyaltyEvents.filter((e) => e.programId === program.programId);
  if (events.length === 0) return undefined;
  const b = balance(createLedger(program, events), { asOf });
  const id = program.programId === undefined ? "" : ` (program ${program.programId})`;
  return {
    source: "ledger",
    path: "loyaltyEvents",
    description: `${b.available} points available at ${asOf.toISOString()}${id}, forfeited at ${program.valuePerPoint} each`,
    amount: b.available * (program.valuePerPoint as number),
    score: null,
  };
}
