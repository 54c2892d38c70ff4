import type { TimeUnit } from "../../time/TimeUnitSchema.ts";
import type { CheckingTable } from "../predictions/_internal/PredictionKernels.ts";
import { readHoldoutSummaries } from "./readHoldoutSummaries.ts";

/**
 * Reads count-model checking data ({@link readHoldoutSummaries}: a `TransactionSummary` in the fit's unit,
 * summary rows or columns) as a {@link CheckingTable}: one customer per row, T as the observation length,
 * `holdoutDuration` as the holdout length.
 *
 * @param fnName - Public function name.
 * @param data - The summaries (untrusted; path `summaries`).
 * @param unit - The fit's unit (a `TransactionSummary` must carry it).
 * @param holdout - Whether every customer must have `holdoutFrequency` and `holdoutDuration`.
 * @returns The table.
 * @throws {@link ClienteleInputError} / {@link ClienteleDomainError} as {@link readHoldoutSummaries}.
 * @internal
 */
export function readCountCheckingData(fnName: string, data: unknown, unit: unknown, holdout: boolean): CheckingTable {
  const table = readHoldoutSummaries(fnName, data, unit as TimeUnit, holdout);
  return {
    length: table.length,
    frequency: table.frequency,
    recency: table.recency,
    age: table.T,
    holdoutFrequency: table.holdoutFrequency,
    holdoutLength: table.holdoutDuration,
    weight: undefined,
  };
}
