import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { aggregateCells, type SatisfactionFigures } from "./aggregateSatisfaction.ts";
import type { SurveyMapping } from "./SurveyMappingSchema.ts";

/**
 * Options of {@link satisfactionFromRecords}.
 *
 * @example
 * ```ts
 * import type { SatisfactionFromRecordsOptions } from "clientele/satisfaction";
 * const options: SatisfactionFromRecordsOptions = { level: 0.9 };
 * ```
 * @category Survey records
 */
export interface SatisfactionFromRecordsOptions {
  /** Confidence level of every interval, strictly between 0 and 1. Default 0.95. */
  readonly level?: number | undefined;
}

/**
 * NPS, CSAT, CES, SERVQUAL gaps and the ACSI-style index of a customer base, read straight from
 * `CustomerRecord.surveyResponses` through a {@link SurveyMapping}: the app declares which instrument
 * and items carry each construct, and never reshapes its data.
 *
 * @remarks
 * The figures of {@link aggregateSatisfaction} without a split by segment or period: every response of
 * a mapped instrument is one respondent; answers are checked against the mapped scales with their paths
 * in `records`; missing items follow each construct's policy; a construct nobody answered is absent.
 *
 * @param records - Validated customer records.
 * @param mapping - Which instrument and items carry each construct.
 * @param options - `level` (0.95).
 * @returns The figures of every mapped construct that has answers, and the count of mapped responses.
 * @throws {@link ClienteleInputError} `invalid_input` at `mapping.*`, `options.*`, and at each bad or
 *   (under `"reject"`) missing answer (`records[i].surveyResponses[j].scores.<item>`).
 * @example
 * ```ts
 * import { satisfactionFromRecords } from "clientele/satisfaction";
 * import type { CustomerRecord } from "clientele/customers";
 * const record = (id: string, recommend: number, easy: number): CustomerRecord => ({
 *   customerId: id, transactions: [], interactions: [], serviceFailures: [], complaints: [], incidents: [],
 *   bonds: [], loyaltyEvents: [],
 *   surveyResponses: [{ customerId: id, timestamp: new Date("2024-03-01"), instrument: "pulse", scores: { recommend, easy } }],
 * });
 * const figures = satisfactionFromRecords([record("a", 10, 6), record("b", 9, 7), record("c", 3, 2)], {
 *   nps: { instrument: "pulse", item: "recommend" },
 *   ces: { instrument: "pulse", item: "easy", scale: { min: 1, max: 7, integer: true }, direction: "higher-is-easier" },
 * });
 * figures.nps?.score.toFixed(1); // => "33.3"
 * figures.ces?.score; // => 5
 * ```
 * @see {@link aggregateSatisfaction}
 * @category Survey records
 */
export function satisfactionFromRecords(
  records: readonly CustomerRecord[],
  mapping: SurveyMapping,
  options?: SatisfactionFromRecordsOptions | undefined,
): SatisfactionFigures {
  const cells = aggregateCells("satisfactionFromRecords", records, mapping, options);
  const cell = cells[0];
  if (cell === undefined) return { responses: 0 };
  const { segment: _segment, periodStart: _periodStart, ...figures } = cell;
  return figures;
}
