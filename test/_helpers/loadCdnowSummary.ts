import { readFileSync } from "node:fs";
import type { SummaryRowInput } from "../../src/rfm/SummaryRowSchema.ts";

/**
 * The CDNOW calibration summary of Fader, Hardie & Lee (2005), test/fixtures/cdnow/cdnow_customers_summary.csv
 * (2,357 customers, weeks, recency and T rounded to 0.01), as summary rows.
 */
export function loadCdnowSummary(): SummaryRowInput[] {
  return readFileSync(new URL("../fixtures/cdnow/cdnow_customers_summary.csv", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [id, frequency, recency, T] = line.split(",");
      return { customerId: id!, frequency: Number(frequency), recency: Number(recency), T: Number(T) };
    });
}
