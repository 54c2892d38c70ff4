import * as z from "zod/mini";
import { isPlainObject } from "../_lib/isPlainObject.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { LabelSchema } from "../schema/primitives.ts";
import { type ResponseScale, ResponseScaleSchema } from "./ResponseScaleSchema.ts";
import type { SatisfactionChainAttribute, SatisfactionChainResponse } from "./SatisfactionChainResponse.ts";

const attributeItemsObject = /* @__PURE__ */ z.strictObject({
  desire: LabelSchema,
  expectation: LabelSchema,
  performance: LabelSchema,
  satisfaction: /* @__PURE__ */ z.optional(LabelSchema),
});

const chainMappingObject = /* @__PURE__ */ z.strictObject({
  instrument: LabelSchema,
  scale: ResponseScaleSchema,
  attributes: /* @__PURE__ */ z
    .record(LabelSchema, attributeItemsObject)
    .check(/* @__PURE__ */ z.refine((a) => Object.keys(a).length > 0, { message: "expected at least one attribute" })),
  information: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(LabelSchema)),
  overall: /* @__PURE__ */ z.optional(LabelSchema),
});

/**
 * Where the satisfaction chain's answers sit in an app's survey responses: the `instrument`, the one
 * `scale` of its items, and per attribute the item ids of the desire, expectation, perceived-performance
 * and (optionally) attribute-satisfaction questions; optionally the information-satisfaction items and the
 * overall-satisfaction item. See {@link chainResponsesFromRecords}.
 *
 * @example
 * ```ts
 * import { ChainSurveyMappingSchema } from "clientele/satisfaction";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", ChainSurveyMappingSchema, {
 *   instrument: "post-visit",
 *   scale: { min: 1, max: 7, integer: true },
 *   attributes: { speed: { desire: "speedWanted", expectation: "speedExpected", performance: "speedGot" } },
 *   overall: "overall",
 * }).instrument; // => "post-visit"
 * ```
 * @category Satisfaction chain
 */
export const ChainSurveyMappingSchema: z.ZodMiniType<ChainSurveyMapping, ChainSurveyMapping> = chainMappingObject;

/**
 * A mapping from survey items to the satisfaction chain's inputs (see {@link ChainSurveyMappingSchema}).
 *
 * @example
 * ```ts
 * import type { ChainSurveyMapping } from "clientele/satisfaction";
 * const mapping: ChainSurveyMapping = {
 *   instrument: "post-visit",
 *   scale: { min: 1, max: 7 },
 *   attributes: { speed: { desire: "speedWanted", expectation: "speedExpected", performance: "speedGot" } },
 * };
 * ```
 * @category Satisfaction chain
 */
export interface ChainSurveyMapping {
  /** The instrument whose responses hold the chain's items. */
  readonly instrument: string;
  /** The scale of every item. */
  readonly scale: ResponseScale;
  /** Per attribute name, the item ids of its questions. */
  readonly attributes: Readonly<
    Record<
      string,
      {
        /** The desire item. */
        readonly desire: string;
        /** The expectation item. */
        readonly expectation: string;
        /** The perceived-performance item. */
        readonly performance: string;
        /** The attribute-satisfaction item, when asked. */
        readonly satisfaction?: string | undefined;
      }
    >
  >;
  /** The information-satisfaction items, when asked. */
  readonly information?: readonly string[] | undefined;
  /** The overall-satisfaction item, when asked. */
  readonly overall?: string | undefined;
}

/**
 * One survey response read as the satisfaction chain's input, with whose and when it was.
 *
 * @example
 * ```ts
 * import type { ChainResponseFromRecord } from "clientele/satisfaction";
 * const r: ChainResponseFromRecord = {
 *   customerId: "0001", timestamp: new Date("2024-05-01"), recordIndex: 0, responseIndex: 2,
 *   response: { scale: { min: 1, max: 7 }, attributes: [{ name: "speed", desire: 6, expectation: 5, performance: 4 }] },
 * };
 * ```
 * @category Satisfaction chain
 */
export interface ChainResponseFromRecord {
  /** The customer. */
  readonly customerId: string;
  /** When the survey was answered. */
  readonly timestamp: Date;
  /** The record's position in the input. */
  readonly recordIndex: number;
  /** The response's position in the record's `surveyResponses`. */
  readonly responseIndex: number;
  /** The chain's input, ready for `satisfactionChain` or `fitSatisfactionChain`. */
  readonly response: SatisfactionChainResponse;
}

/**
 * Reads the satisfaction chain's inputs straight from customer records: every survey response of the
 * mapped instrument becomes one {@link SatisfactionChainResponse} (attributes in the mapping's order), so
 * an app passes `.map((r) => r.response)` to `fitSatisfactionChain`, or one response to
 * `satisfactionChain`, without reshaping its data.
 *
 * @remarks
 * An item the respondent did not answer (absent from `scores`) is `null` in the response, so the chain's
 * missing-answer policy decides what happens to it (by default it is rejected there, with its path);
 * nothing is dropped here. Answers are checked against the scale by the chain functions. Responses of
 * other instruments are ignored. Responses come in record order, then in each record's time order.
 *
 * @param records - Customer records (from `groupByCustomer`, or parsed with `CustomerRecordSchema`).
 * @param mapping - Where the chain's items sit (see {@link ChainSurveyMappingSchema}).
 * @returns One entry per response of the instrument.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad mapping (path `mapping.…`) or records that
 *   are not a list of records with `surveyResponses` lists (path `records[i].surveyResponses`).
 * @example
 * ```ts
 * import { chainResponsesFromRecords, satisfactionChain } from "clientele/satisfaction";
 * import { CustomerRecordSchema } from "clientele/customers";
 * const record = CustomerRecordSchema.parse({
 *   customerId: "c1", transactions: [], interactions: [], serviceFailures: [], complaints: [], incidents: [],
 *   surveyResponses: [{
 *     customerId: "c1", timestamp: "2024-05-01", instrument: "post-visit",
 *     scores: { speedWanted: 6, speedExpected: 5, speedGot: 4, overall: 4 },
 *   }],
 * });
 * const [first] = chainResponsesFromRecords([record], {
 *   instrument: "post-visit",
 *   scale: { min: 1, max: 7, integer: true },
 *   attributes: { speed: { desire: "speedWanted", expectation: "speedExpected", performance: "speedGot" } },
 *   overall: "overall",
 * });
 * first?.response.attributes[0]?.performance; // => 4
 * satisfactionChain(first!.response).constructs.overallSatisfaction.value < 0; // => true
 * ```
 * @category Satisfaction chain
 */
export function chainResponsesFromRecords(
  records: readonly CustomerRecord[],
  mapping: ChainSurveyMapping,
): ChainResponseFromRecord[] {
  const fn = "chainResponsesFromRecords";
  const m = parseInput(fn, ChainSurveyMappingSchema, mapping, ["mapping"]);
  if (!Array.isArray(records)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [{ code: "invalid_type", path: ["records"], message: "expected an array of customer records" }],
    });
  }
  const names = Object.keys(m.attributes);
  const out: ChainResponseFromRecord[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as unknown;
    const responses = isPlainObject(record) ? record.surveyResponses : undefined;
    if (!Array.isArray(responses)) {
      throw new ClienteleInputError(`${fn}: invalid input`, {
        issues: [
          {
            code: "invalid_type",
            path: ["records", i, "surveyResponses"],
            message: "expected a customer record with a surveyResponses list",
          },
        ],
      });
    }
    const customerId = (record as CustomerRecord).customerId;
    for (let j = 0; j < responses.length; j++) {
      const r = responses[j] as CustomerRecord["surveyResponses"][number];
      if (r?.instrument !== m.instrument) continue;
      const answer = (item: string): number | null => (Object.hasOwn(r.scores, item) ? r.scores[item]! : null);
      const attributes: SatisfactionChainAttribute[] = names.map((name) => {
        const items = m.attributes[name]!;
        return {
          name,
          desire: answer(items.desire),
          expectation: answer(items.expectation),
          performance: answer(items.performance),
          ...(items.satisfaction === undefined ? {} : { satisfaction: answer(items.satisfaction) }),
        };
      });
      const response: SatisfactionChainResponse = {
        scale: m.scale,
        attributes,
        ...(m.information === undefined ? {} : { information: m.information.map(answer) }),
        ...(m.overall === undefined ? {} : { overall: answer(m.overall) }),
      };
      out.push({ customerId, timestamp: r.timestamp, recordIndex: i, responseIndex: j, response });
    }
  }
  return out;
}
