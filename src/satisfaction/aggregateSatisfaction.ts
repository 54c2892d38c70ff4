import * as z from "zod/mini";
import { DAY_MS } from "../_lib/civilCalendar.ts";
import { describeReceived } from "../_lib/describeReceived.ts";
import { collectIssue, createIssueCollector, type IssueCollector } from "../_lib/issueCollector.ts";
import { createWallClock } from "../_lib/wallClock.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { parseInput } from "../schema/parseInput.ts";
import type { CivilDate } from "../time/CivilDateSchema.ts";
import { startOfPeriod } from "../time/startOfPeriod.ts";
import { type TimeUnit, TimeUnitSchema } from "../time/TimeUnitSchema.ts";
import { TimeZoneSchema } from "../time/TimeZoneSchema.ts";
import { answerProblem } from "./_internal/answerProblem.ts";
import { LevelSchema } from "./_internal/indexOptionSchemas.ts";
import { meanSummary } from "./_internal/meanSummary.ts";
import { DEFAULT_LEVEL } from "./_internal/readLevel.ts";
import { missingAnswerIssue, tallyAnswers } from "./_internal/tallyAnswers.ts";
import type { AcsiIndexResult } from "./acsiIndex.ts";
import type { CustomerEffortScoreResult } from "./customerEffortScore.ts";
import { type CustomerSatisfactionScoreResult, csatOfTally, readThreshold } from "./customerSatisfactionScore.ts";
import type { MissingAnswerPolicy } from "./MissingAnswerPolicySchema.ts";
import type { IndexInterval, NetPromoterScoreResult } from "./NetPromoterScoreResult.ts";
import { netPromoterScoreOfCounts } from "./netPromoterScore.ts";
import type { ResponseScale } from "./ResponseScaleSchema.ts";
import { type SurveyMapping, SurveyMappingSchema } from "./SurveyMappingSchema.ts";
import { addItem, newSums, type ServqualGapsResult, type Sums, servqualOfSums } from "./servqualGaps.ts";

/**
 * The calendar periods of {@link aggregateSatisfaction}: a unit in a declared time zone.
 *
 * @example
 * ```ts
 * import type { SatisfactionPeriod } from "clientele/satisfaction";
 * const quarters: SatisfactionPeriod = { unit: "quarter", timeZone: "America/New_York" };
 * ```
 * @category Survey records
 */
export interface SatisfactionPeriod {
  /** Calendar period: day, week (from Monday), month, quarter or year. */
  readonly unit: TimeUnit;
  /** The zone the periods are read in: `"UTC"`, a fixed offset `±hh:mm` or an IANA name. Required. */
  readonly timeZone: string;
}

/**
 * Options of {@link aggregateSatisfaction}.
 *
 * @example
 * ```ts
 * import type { AggregateSatisfactionOptions } from "clientele/satisfaction";
 * const options: AggregateSatisfactionOptions = {
 *   period: { unit: "quarter", timeZone: "Europe/Berlin" },
 *   segmentOf: (record) => record.customer?.segment ?? "unknown",
 * };
 * ```
 * @category Survey records
 */
export interface AggregateSatisfactionOptions {
  /**
   * Cells per calendar period: `unit` (day, week, month, quarter, year) in `timeZone` (required: a
   * response's period depends on the zone it is read in). Absent: no split by time.
   */
  readonly period?: SatisfactionPeriod | undefined;
  /** Cells per segment: the segment of a customer record (a non-empty string). Absent: no split by segment. */
  readonly segmentOf?: ((record: CustomerRecord) => string) | undefined;
  /** Confidence level of every interval, strictly between 0 and 1. Default 0.95. */
  readonly level?: number | undefined;
}

/**
 * The ACSI-style index of respondents read from records: the mean of the respondents' indices (equal
 * to the index of the item means), with its normal interval.
 *
 * @example
 * ```ts
 * import type { RecordsAcsiResult } from "clientele/satisfaction";
 * const r: RecordsAcsiResult = {
 *   index: 72.5, contributions: [40, 32.5], interval: undefined, n: 1, skipped: 0, imputed: 0,
 * };
 * ```
 * @category Survey records
 */
export interface RecordsAcsiResult extends AcsiIndexResult {
  /** Normal interval of the index (mean of respondents' indices ± z·sd/√n), in 0…100; absent below two. */
  readonly interval: IndexInterval | undefined;
  /** Respondents in the index. */
  readonly n: number;
  /** Respondents left out for a missing item (`"skip"`). */
  readonly skipped: number;
  /** Answers imputed. */
  readonly imputed: number;
}

/**
 * The figures of one cell: every construct of the mapping that has answers in the cell.
 *
 * @example
 * ```ts
 * import type { SatisfactionFigures } from "clientele/satisfaction";
 * const figures: SatisfactionFigures = { responses: 0 };
 * ```
 * @category Survey records
 */
export interface SatisfactionFigures {
  /** Survey responses of the mapped instruments in the cell. */
  readonly responses: number;
  /** NPS, when the mapping has `nps` and the cell has answers. */
  readonly nps?: NetPromoterScoreResult | undefined;
  /** CSAT, when mapped and answered. */
  readonly csat?: CustomerSatisfactionScoreResult | undefined;
  /** CES, when mapped and answered. */
  readonly ces?: CustomerEffortScoreResult | undefined;
  /** SERVQUAL gaps, when mapped and answered. */
  readonly servqual?: ServqualGapsResult | undefined;
  /** ACSI-style index, when mapped and answered. */
  readonly acsi?: RecordsAcsiResult | undefined;
}

/**
 * One cell of {@link aggregateSatisfaction}: a segment × period and its figures.
 *
 * @example
 * ```ts
 * import type { SatisfactionCell } from "clientele/satisfaction";
 * const cell: SatisfactionCell = { segment: "gold", periodStart: "2024-04-01", responses: 0 };
 * ```
 * @category Survey records
 */
export interface SatisfactionCell extends SatisfactionFigures {
  /** The segment, when `segmentOf` was given. */
  readonly segment: string | undefined;
  /** The first day of the period (`YYYY-MM-DD` in the declared zone), when `period` was given. */
  readonly periodStart: CivilDate | undefined;
}

/**
 * What {@link aggregateSatisfaction} returns.
 *
 * @example
 * ```ts
 * import type { AggregateSatisfactionResult } from "clientele/satisfaction";
 * const r: AggregateSatisfactionResult = { cells: [] };
 * ```
 * @category Survey records
 */
export interface AggregateSatisfactionResult {
  /** Cells with at least one mapped response, by segment then period. */
  readonly cells: readonly SatisfactionCell[];
}

const OptionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({
    period: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({ unit: TimeUnitSchema, timeZone: TimeZoneSchema }),
    ),
    segmentOf: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.custom<(record: CustomerRecord) => string>((f) => typeof f === "function"),
    ),
    level: /* @__PURE__ */ z.optional(LevelSchema),
  }),
);

/** The answers gathered for one cell, validated. */
interface CellAnswers {
  readonly segment: string | undefined;
  readonly periodStart: CivilDate | undefined;
  responses: number;
  readonly nps: (number | undefined)[];
  readonly csat: (number | undefined)[];
  readonly ces: (number | undefined)[];
  readonly servqual: Sums;
  readonly acsi: (number | undefined)[][];
}

type Path = (string | number)[];

/** Reads one mapped answer: its value, or undefined when missing (an issue when off the scale or rejected). */
function readAnswer(
  issues: IssueCollector,
  scores: Readonly<Record<string, number>>,
  item: string,
  scale: ResponseScale,
  policy: MissingAnswerPolicy,
  path: Path,
): number | undefined | null {
  const value = Object.hasOwn(scores, item) ? scores[item] : undefined;
  if (value === undefined) {
    if (policy === "reject") {
      collectIssue(issues, () => missingAnswerIssue([...path, item]));
      return null;
    }
    return undefined;
  }
  const problem = answerProblem(value, scale);
  if (problem === undefined) return value;
  collectIssue(issues, () => ({
    code: "invalid_value",
    path: [...path, item],
    message: problem,
    received: describeReceived(value),
  }));
  return null;
}

const NPS_SCALE: ResponseScale = { min: 0, max: 10, integer: true };
const SERVQUAL_SCALE: ResponseScale = { min: 1, max: 7, integer: true };

/**
 * Satisfaction figures by segment and by calendar period, read straight from
 * `CustomerRecord.surveyResponses` through a {@link SurveyMapping}: NPS, CSAT, CES, SERVQUAL gaps and the
 * ACSI-style index of each cell, with counts and intervals, so a trend can be drawn.
 *
 * @remarks
 * Every response of a mapped instrument is one respondent (a customer who answered twice counts twice,
 * in the period of each answer). A response's period is the calendar period (clientele/time's
 * {@link startOfPeriod}) of its `timestamp` in `period.timeZone`; no date is defaulted. Answers are checked
 * against the mapped scale, each issue at its path in `records`
 * (`records[i].surveyResponses[j].scores.<item>`); missing items follow each construct's policy. A
 * construct with no answers in a cell is absent from that cell (its `responses` count still shows the
 * cell); so are SERVQUAL gaps when one of the 22 items has no answer to average in the cell, and the
 * ACSI-style index under `"impute-mean"` when one of its items has none (nothing to impute from). A cell
 * has at least one mapped response. The ACSI-style index is the mean of respondents'
 * indices (`"skip"` leaves out a respondent missing any item; imputation fills item by item).
 *
 * @param records - Validated customer records (e.g. from `groupByCustomer` or `parseCustomers`).
 * @param mapping - Which instrument and items carry each construct.
 * @param options - `period` ({ unit, timeZone }), `segmentOf`, `level` (0.95).
 * @returns The cells, by segment then period.
 * @throws {@link ClienteleInputError} `invalid_input` at `mapping.*`, `options.*`, at each bad or
 *   (under `"reject"`) missing answer, and at `options.segmentOf` when it returns a non-string for
 *   `records[i]`.
 * @example
 * ```ts
 * import { aggregateSatisfaction } from "clientele/satisfaction";
 * import type { CustomerRecord } from "clientele/customers";
 * const record = (id: string, answers: [string, number][]): CustomerRecord => ({
 *   customerId: id, transactions: [], interactions: [], serviceFailures: [], complaints: [], incidents: [],
 *   bonds: [], loyaltyEvents: [],
 *   surveyResponses: answers.map(([at, recommend]) => ({
 *     customerId: id, timestamp: new Date(at), instrument: "relationship", scores: { recommend },
 *   })),
 * });
 * const records = [record("a", [["2024-01-15", 10], ["2024-04-02", 6]]), record("b", [["2024-02-01", 9]])];
 * const { cells } = aggregateSatisfaction(records, { nps: { instrument: "relationship", item: "recommend" } }, {
 *   period: { unit: "quarter", timeZone: "UTC" },
 * });
 * cells.map((c) => [c.periodStart, c.nps?.score]); // => [["2024-01-01", 100], ["2024-04-01", -100]]
 * ```
 * @see {@link satisfactionFromRecords}
 * @category Survey records
 */
export function aggregateSatisfaction(
  records: readonly CustomerRecord[],
  mapping: SurveyMapping,
  options?: AggregateSatisfactionOptions | undefined,
): AggregateSatisfactionResult {
  return { cells: aggregateCells("aggregateSatisfaction", records, mapping, options) };
}

/**
 * The cells of {@link aggregateSatisfaction} (shared with {@link satisfactionFromRecords}).
 *
 * @internal
 */
export function aggregateCells(
  fn: string,
  records: readonly CustomerRecord[],
  mappingInput: SurveyMapping,
  optionsInput: AggregateSatisfactionOptions | undefined,
): SatisfactionCell[] {
  const mapping = parseInput(fn, SurveyMappingSchema, mappingInput, ["mapping"]);
  const options = parseInput(fn, OptionsSchema, optionsInput, ["options"]) ?? {};
  if (!Array.isArray(records)) {
    const received = describeReceived(records);
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [{ code: "invalid_type", path: ["records"], message: `expected array, received ${received}`, received }],
    });
  }
  const level = options.level ?? DEFAULT_LEVEL;
  const period = options.period;
  const clock =
    period === undefined ? undefined : createWallClock(fn, period.timeZone, ["options", "period", "timeZone"]);
  const periodOfDay = new Map<number, CivilDate>();
  const periodStartOf = (at: Date): CivilDate | undefined => {
    if (period === undefined || clock === undefined) return undefined;
    const day = Math.floor(clock(at.getTime()) / DAY_MS);
    let start = periodOfDay.get(day);
    if (start === undefined) {
      start = startOfPeriod(at, { period: period.unit, timeZone: period.timeZone });
      periodOfDay.set(day, start);
    }
    return start;
  };
  const csatThreshold =
    mapping.csat === undefined ? 0 : readThreshold(fn, mapping.csat.scale, mapping.csat.topBoxes ?? 2);
  const issues = createIssueCollector();
  const cells = new Map<string, CellAnswers>();
  const { nps, csat, ces, servqual, acsi } = mapping;
  const servqualScale = servqual?.scale ?? SERVQUAL_SCALE;
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    if (!Array.isArray(record?.surveyResponses)) {
      collectIssue(issues, () =>
        shapeIssue(["records", r, "surveyResponses"], "an array of survey responses", record?.surveyResponses),
      );
      continue;
    }
    let segment: string | undefined;
    if (options.segmentOf !== undefined) {
      const s: unknown = options.segmentOf(record);
      if (typeof s !== "string" || s === "") {
        collectIssue(issues, () => segmentIssue(r, s));
        continue;
      }
      segment = s;
    }
    const responses = record.surveyResponses;
    for (let j = 0; j < responses.length; j++) {
      const response = responses[j]!;
      const instrument = response?.instrument;
      const scores = response?.scores;
      const mapped =
        nps?.instrument === instrument ||
        csat?.instrument === instrument ||
        ces?.instrument === instrument ||
        servqual?.instrument === instrument ||
        acsi?.instrument === instrument;
      if (!mapped) continue;
      if (typeof scores !== "object" || scores === null) {
        collectIssue(issues, () =>
          shapeIssue(["records", r, "surveyResponses", j, "scores"], "a record of scores", scores),
        );
        continue;
      }
      if (
        period !== undefined &&
        !(response.timestamp instanceof Date && Number.isFinite(response.timestamp.getTime()))
      ) {
        collectIssue(issues, () =>
          shapeIssue(["records", r, "surveyResponses", j, "timestamp"], "a valid Date", response.timestamp),
        );
        continue;
      }
      const periodStart = periodStartOf(response.timestamp);
      const key = `${segment ?? ""}\u0000${periodStart ?? ""}`;
      let cell = cells.get(key);
      if (cell === undefined) {
        cell = { segment, periodStart, responses: 0, nps: [], csat: [], ces: [], servqual: newSums(), acsi: [] };
        cells.set(key, cell);
      }
      cell.responses++;
      const path: Path = ["records", r, "surveyResponses", j, "scores"];
      if (nps !== undefined && nps.instrument === instrument) {
        const a = readAnswer(issues, scores, nps.item, NPS_SCALE, nps.missing ?? "reject", path);
        if (a !== null) cell.nps.push(a);
      }
      if (csat !== undefined && csat.instrument === instrument) {
        const a = readAnswer(issues, scores, csat.item, csat.scale, csat.missing ?? "reject", path);
        if (a !== null) cell.csat.push(a);
      }
      if (ces !== undefined && ces.instrument === instrument) {
        const a = readAnswer(issues, scores, ces.item, ces.scale, ces.missing ?? "reject", path);
        if (a !== null) cell.ces.push(a);
      }
      if (servqual !== undefined && servqual.instrument === instrument) {
        const policy = servqual.missing ?? "reject";
        cell.servqual.n++;
        for (let k = 0; k < 22; k++) {
          const e = readAnswer(issues, scores, servqual.expectationItems[k]!, servqualScale, policy, path);
          const p = readAnswer(issues, scores, servqual.perceptionItems[k]!, servqualScale, policy, path);
          if (e !== null && p !== null) addItem(cell.servqual, k, e, p, false, false, servqualScale, false);
        }
      }
      if (acsi !== undefined && acsi.instrument === instrument) {
        const policy = acsi.missing ?? "reject";
        const answers: (number | undefined)[] = [];
        let ok = true;
        for (const item of acsi.items) {
          const a = readAnswer(issues, scores, item, acsi.scale, policy, path);
          if (a === null) ok = false;
          else answers.push(a);
        }
        if (ok) cell.acsi.push(answers);
      }
    }
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  const out: SatisfactionCell[] = [];
  for (const cell of cells.values()) {
    // A construct with no answers in the cell is absent from it (not present as undefined).
    const figures: { -readonly [K in keyof SatisfactionFigures]: SatisfactionFigures[K] } = {
      responses: cell.responses,
    };
    if (nps !== undefined && cell.nps.length > 0) {
      const t = tallyAnswers(fn, [], cell.nps, NPS_SCALE, 9, 6, false);
      if (t.answered > 0) {
        figures.nps = netPromoterScoreOfCounts(
          fn,
          t.atOrAbove,
          t.atOrBelow,
          t.answered,
          t.missing,
          level,
          "adjusted-wald",
        );
      }
    }
    if (csat !== undefined && cell.csat.length > 0) {
      const t = tallyAnswers(fn, [], cell.csat, csat.scale, csatThreshold, Number.NEGATIVE_INFINITY, false);
      if (t.answered > 0) figures.csat = csatOfTally(fn, t, csat.scale, csatThreshold, csat.missing ?? "reject", level);
    }
    const cesFigures = ces !== undefined && cell.ces.length > 0 ? cesOf(fn, cell.ces, ces, level) : undefined;
    if (cesFigures !== undefined) figures.ces = cesFigures;
    const servqualFigures =
      servqual !== undefined && cell.servqual.n > 0
        ? servqualOrUndefined(fn, cell.servqual, servqualScale, servqual.missing ?? "reject")
        : undefined;
    if (servqualFigures !== undefined) figures.servqual = servqualFigures;
    const acsiFigures = acsi !== undefined && cell.acsi.length > 0 ? acsiOf(fn, cell.acsi, acsi, level) : undefined;
    if (acsiFigures !== undefined) figures.acsi = acsiFigures;
    out.push({ segment: cell.segment, periodStart: cell.periodStart, ...figures });
  }
  out.sort((a, b) => compare(a.segment, b.segment) || compare(a.periodStart, b.periodStart));
  return out;
}

function compare(a: string | undefined, b: string | undefined): number {
  return (a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0;
}

/** The issue of a record part that is not what a validated `CustomerRecord` holds. */
function shapeIssue(path: Path, expected: string, value: unknown): ClienteleIssue {
  const received = describeReceived(value);
  return { code: "invalid_type", path, message: `expected ${expected}, received ${received}`, expected, received };
}

function segmentIssue(r: number, s: unknown): ClienteleIssue {
  const received = describeReceived(s);
  return {
    code: "invalid_value",
    path: ["options", "segmentOf"],
    message: `expected a non-empty string segment for records[${r}], received ${received}`,
    received,
  };
}

function cesOf(
  fn: string,
  answers: readonly (number | undefined)[],
  ces: NonNullable<SurveyMapping["ces"]>,
  level: number,
): CustomerEffortScoreResult | undefined {
  const mid = (ces.scale.min + ces.scale.max) / 2;
  const easier = ces.direction === "higher-is-easier";
  const t = tallyAnswers(
    fn,
    [],
    answers,
    ces.scale,
    easier ? mid : Number.POSITIVE_INFINITY,
    easier ? Number.NEGATIVE_INFINITY : mid,
    false,
  );
  const policy = ces.missing ?? "reject";
  if (t.answered === 0 && policy !== "impute-midpoint") return undefined;
  // Ties at the midpoint are not easy: count answers strictly past it.
  let easy = 0;
  for (const a of answers) if (a !== undefined && (easier ? a > mid : a < mid)) easy++;
  const m = meanSummary(fn, t, ces.scale, policy, level);
  return {
    score: m.mean,
    interval: m.meanInterval,
    easyShare: t.answered === 0 ? 0 : (100 * easy) / t.answered,
    direction: ces.direction,
    standardDeviation: m.standardDeviation,
    n: m.n,
    skipped: m.skipped,
    imputed: m.imputed,
  };
}

function servqualOrUndefined(
  fn: string,
  sums: Sums,
  scale: ResponseScale,
  policy: MissingAnswerPolicy,
): ServqualGapsResult | undefined {
  for (let k = 0; k < 22; k++) {
    const none =
      policy === "impute-mean"
        ? sums.eCount[k] === 0 || sums.pCount[k] === 0
        : policy !== "impute-midpoint" && sums.pairCount[k] === 0;
    if (none) return undefined;
  }
  return servqualOfSums(fn, sums, scale, policy, undefined);
}

function acsiOf(
  fn: string,
  rows: readonly (number | undefined)[][],
  acsi: NonNullable<SurveyMapping["acsi"]>,
  level: number,
): RecordsAcsiResult | undefined {
  const policy = acsi.missing ?? "reject";
  const k = acsi.items.length;
  const { min, max } = acsi.scale;
  const fill = new Float64Array(k).fill((min + max) / 2);
  if (policy === "impute-mean") {
    for (let i = 0; i < k; i++) {
      let sum = 0;
      let count = 0;
      for (const row of rows) {
        const a = row[i];
        if (a !== undefined) {
          sum += a;
          count++;
        }
      }
      if (count === 0) return undefined;
      fill[i] = sum / count;
    }
  }
  const indices: number[] = [];
  const itemSums = new Float64Array(k);
  let skipped = 0;
  let imputed = 0;
  for (const row of rows) {
    if (policy === "skip" && row.some((a) => a === undefined)) {
      skipped++;
      continue;
    }
    let index = 0;
    for (let i = 0; i < k; i++) {
      let a = row[i];
      if (a === undefined) {
        a = fill[i]!;
        imputed++;
      }
      itemSums[i]! += a;
      index += (acsi.weights[i]! * (a - min) * 100) / (max - min);
    }
    indices.push(index);
  }
  if (indices.length === 0) return undefined;
  const t = tallyAnswers(fn, [], indices, { min: 0, max: 100 }, 0, 0, false);
  const m = meanSummary(fn, t, { min: 0, max: 100 }, "skip", level);
  const contributions = Array.from(
    itemSums,
    (s, i) => (acsi.weights[i]! * (s / indices.length - min) * 100) / (max - min),
  );
  return { index: m.mean, contributions, interval: m.meanInterval, n: m.n, skipped, imputed };
}
