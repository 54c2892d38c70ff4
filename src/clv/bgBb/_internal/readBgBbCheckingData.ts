import { readBgBbData } from "../../../_lib/readBgBbData.ts";
import type { CheckingTable } from "../../predictions/_internal/PredictionKernels.ts";
import { readBgBbHoldout } from "./readBgBbHoldout.ts";

/**
 * Reads BG/BB checking data as a {@link CheckingTable} (n as the observation length, `count` as the weight):
 * with `holdout`, patterns with their holdout ({@link readBgBbHoldout}, one entry per row, rows with count 0
 * included, n* as the holdout length); without, the calibration patterns (`readBgBbData`, identical patterns
 * merged, holdout fields NaN).
 *
 * @param fnName - Public function name.
 * @param data - The patterns (untrusted).
 * @param _unit - Not read: BG/BB data count opportunities.
 * @param holdout - Whether to read the holdout.
 * @returns The table.
 * @throws {@link ClienteleInputError} `invalid_input` for bad values, with their paths.
 * @throws {@link ClienteleDomainError} `insufficient_data` for no customers.
 * @internal
 */
export function readBgBbCheckingData(fnName: string, data: unknown, _unit: unknown, holdout: boolean): CheckingTable {
  if (holdout) {
    const table = readBgBbHoldout(fnName, data);
    return {
      length: table.length,
      frequency: table.frequency,
      recency: table.recency,
      age: table.opportunities,
      holdoutFrequency: table.holdoutFrequency,
      holdoutLength: table.holdoutOpportunities,
      weight: table.count,
    };
  }
  const patterns = readBgBbData(fnName, data);
  const length = patterns.weight.length;
  return {
    length,
    frequency: patterns.frequency,
    recency: patterns.recency,
    age: patterns.opportunities,
    holdoutFrequency: new Float64Array(length).fill(Number.NaN),
    holdoutLength: new Float64Array(length).fill(Number.NaN),
    weight: patterns.weight,
  };
}
