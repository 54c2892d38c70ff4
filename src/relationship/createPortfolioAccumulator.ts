import { describeReceived } from "../_lib/describeReceived.ts";
import { isPlainObject } from "../_lib/isPlainObject.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { assessRecords } from "./_internal/assessRecords.ts";
import { PortfolioState } from "./_internal/portfolioState.ts";
import { prepareAssessment } from "./_internal/prepareAssessment.ts";
import type { PortfolioSummary } from "./PortfolioSummary.ts";
import type { RelationshipContext } from "./RelationshipContext.ts";

const FN = "createPortfolioAccumulator";
/** Records assessed together (one summary, one vectorised prediction per block): bounds the memory of `add`. */
const BLOCK = 2048;
const STATE = Symbol.for("clientele.relationship.portfolioState");

/**
 * A portfolio assessment built chunk by chunk: `add` assesses a chunk of records and folds it into
 * bounded sums, `merge` folds in another accumulator (or a summary computed elsewhere, e.g. in a worker),
 * `finish` returns the {@link PortfolioSummary}.
 *
 * @example
 * ```ts
 * import { createPortfolioAccumulator, type PortfolioAccumulator } from "clientele/relationship";
 * const acc: PortfolioAccumulator = createPortfolioAccumulator({ asOf: "2024-06-30" });
 * acc.finish().customers; // => 0
 * ```
 * @category Portfolio
 */
export interface PortfolioAccumulator {
  /**
   * Assesses a chunk of records ({@link assessRelationship} for each, with the work shared) and folds them in.
   *
   * @param records - Validated customer records; a customer must appear in one chunk only.
   * @returns This accumulator.
   */
  add(records: readonly CustomerRecord[]): PortfolioAccumulator;
  /**
   * Folds in another accumulator's customers, or a summary another accumulator finished (for instance in
   * a worker), made at the same `asOf` with the same configuration; `other` is not changed.
   *
   * @param other - An accumulator (not this one) or a {@link PortfolioSummary}.
   * @returns This accumulator.
   */
  merge(other: PortfolioAccumulator | PortfolioSummary): PortfolioAccumulator;
  /**
   * The summary of everything added and merged so far (the accumulator is unchanged).
   *
   * @returns The summary.
   */
  finish(): PortfolioSummary;
}

/**
 * Creates a portfolio accumulator: {@link assessPortfolio} in chunks, with bounded memory and
 * parallel-safe merges. The context is read and checked once.
 *
 * @remarks
 * - Memory is bounded by the output: sums by stage, decision, job and segment, and the `portfolio.topK`
 *   (100) customers with the most value at risk — not by the number of records. `add` assesses its chunk
 *   in blocks of 2,048 records.
 * - Merging is exact for counts and the "act on first" list (a total order: value at risk, then customer
 *   id); sums of money agree with a single pass to rounding (floating-point addition in another order).
 * - A customer split over two chunks would be counted twice: group the log by customer first
 *   (`groupByCustomer`).
 *
 * @param context - As for {@link assessRelationship}.
 * @returns The accumulator.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad context (`context.…`); `add` throws it for
 *   a bad record (`records[i].…`), `merge` for an accumulator or summary of another date or `topK`.
 * @example
 * ```ts
 * import { groupByCustomer } from "clientele/customers";
 * import { createPortfolioAccumulator } from "clientele/relationship";
 * const records = groupByCustomer({
 *   transactions: [
 *     { customerId: "a", timestamp: "2024-06-01", amount: 40, cost: 25 },
 *     { customerId: "b", timestamp: "2022-06-01", amount: 70, cost: 40 },
 *   ],
 * });
 * const left = createPortfolioAccumulator({ asOf: "2024-06-30" }).add(records.slice(0, 1));
 * const right = createPortfolioAccumulator({ asOf: "2024-06-30" }).add(records.slice(1));
 * const s = left.merge(right).finish();
 * s.customers; // => 2
 * s.byJob["win-back"].customers; // => 1
 * ```
 * @category Portfolio
 */
export function createPortfolioAccumulator(context: RelationshipContext): PortfolioAccumulator {
  const prepared = prepareAssessment(FN, context);
  const { config } = prepared;
  const state = new PortfolioState(prepared.asOf, config.currency, config.portfolio.topK, config.lookbackDays);
  const accumulator: PortfolioAccumulator = {
    add(records) {
      if (!Array.isArray(records)) {
        throw new ClienteleInputError(`${FN}: add: invalid input`, {
          issues: [
            {
              code: "invalid_type",
              path: ["records"],
              message: `expected an array of customer records, received ${describeReceived(records)}`,
            },
          ],
        });
      }
      // Fold each block into a scratch state, and the scratch into the accumulator once the whole chunk
      // is assessed: a bad record leaves the accumulator unchanged, and no block's assessments outlive it.
      const scratch = state.empty();
      for (let start = 0; start < records.length; start += BLOCK) {
        const block = start === 0 && records.length <= BLOCK ? records : records.slice(start, start + BLOCK);
        const out = offsetPaths(start, () => assessRecords(`${FN}: add`, block, prepared));
        for (let i = 0; i < block.length; i++) scratch.add(block[i]!, out[i]!);
      }
      state.mergeState(scratch);
      return accumulator;
    },
    merge(other) {
      const summary = summaryOf(other);
      if (summary === undefined || summaryStateOf(other) === state) {
        throw mergeError(summaryStateOf(other) === state ? "this accumulator" : describeReceived(other));
      }
      if (
        !(summary.asOf instanceof Date) ||
        summary.asOf.getTime() !== state.asOf.getTime() ||
        summary.topK !== state.topK
      ) {
        throw mergeError(
          `one made at ${summary.asOf instanceof Date ? summary.asOf.toISOString() : describeReceived(summary.asOf)} with topK ${summary.topK}`,
        );
      }
      state.mergeSummary(summary);
      return accumulator;
    },
    finish() {
      return state.finish();
    },
  };
  Object.defineProperty(accumulator, STATE, { value: state, enumerable: false });
  return accumulator;

  function mergeError(received: string): ClienteleInputError {
    return new ClienteleInputError(`${FN}: merge: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["other"],
          message: `expected another portfolio accumulator, or its summary, at asOf ${state.asOf.toISOString()} with topK ${state.topK}; received ${received}`,
        },
      ],
    });
  }
}

function summaryStateOf(value: unknown): PortfolioState | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const s = (value as Record<symbol, unknown>)[STATE];
  return s instanceof PortfolioState ? s : undefined;
}

function summaryOf(value: unknown): PortfolioSummary | undefined {
  const state = summaryStateOf(value);
  if (state !== undefined) return state.finish();
  if (!isPlainObject(value)) return undefined;
  const v = value as Record<string, unknown>;
  return typeof v.customers === "number" &&
    isPlainObject(v.byJob) &&
    Array.isArray(v.actFirst) &&
    Array.isArray(v.segments)
    ? (value as unknown as PortfolioSummary)
    : undefined;
}

/** Re-roots `records[i]` issues of a block at the chunk's index. */
function offsetPaths<T>(offset: number, run: () => T): T {
  if (offset === 0) return run();
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ClienteleInputError)) throw error;
    const issues = error.issues.map((issue) =>
      issue.path[0] === "records" && typeof issue.path[1] === "number"
        ? { ...issue, path: ["records", issue.path[1] + offset, ...issue.path.slice(2)] }
        : issue,
    );
    throw new ClienteleInputError(error.message, { issues, issueCount: error.issueCount, cause: error });
  }
}
