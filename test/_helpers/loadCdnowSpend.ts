import { readFileSync } from "node:fs";

/**
 * The CDNOW calibration summary with mean repeat spend (test/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv:
 * ID, x, t_x, T, zbar; 2,357 customers, 946 with x > 0), as summary rows with `monetaryValue` = zbar.
 */
export function loadCdnowSpend(): {
  customerId: string;
  frequency: number;
  recency: number;
  T: number;
  monetaryValue: number;
}[] {
  return readFileSync(
    new URL("../fixtures/cdnow/cdnow_customers_summary_with_transactions.csv", import.meta.url),
    "utf8",
  )
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [id, x, tx, T, z] = line.split(",");
      return {
        customerId: id!,
        frequency: Number(x),
        recency: Number(tx),
        T: Number(T),
        monetaryValue: Number(z),
      };
    });
}
