/**
 * Loader for the bundled CDNOW sample (test/fixtures/cdnow/CDNOW_sample.txt): reads the fixed-width file and
 * turns each line into a clientele transaction input. Used by the examples and by their tests; this is
 * example code, not part of the package (it reads files, so it needs Node).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TransactionInput } from "../../src/customers/index.ts";

/** Absolute path of the bundled CDNOW sample. */
export const cdnowSamplePath = fileURLToPath(new URL("../../test/fixtures/cdnow/CDNOW_sample.txt", import.meta.url));

/**
 * Reads the CDNOW sample into transaction inputs: `customerId` is the 4-digit sample id, `timestamp` the
 * purchase date as an ISO-8601 calendar date, `amount` the dollar value and `quantity` the number of CDs.
 * Throws if a line does not have the expected five fields, naming the line.
 */
export function loadCdnowSample(path: string = cdnowSamplePath): TransactionInput[] {
  const rows: TransactionInput[] = [];
  const lines = readFileSync(path, "utf8").split(/\r?\n/);
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === "") return;
    const fields = trimmed.split(/\s+/);
    if (fields.length !== 5) throw new Error(`loadCdnowSample: line ${i + 1} has ${fields.length} fields, expected 5`);
    const [, sampleId, date, cds, dollars] = fields as [string, string, string, string, string];
    rows.push({
      customerId: sampleId,
      timestamp: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
      amount: Number(dollars),
      quantity: Number(cds),
    });
  });
  return rows;
}
