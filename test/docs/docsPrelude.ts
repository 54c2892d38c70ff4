/**
 * The names a documentation code block may use without declaring them: "your data", standing for what a
 * reader would have at hand. test/docs/codeBlocks.test.ts type-checks every block with these declarations
 * and runs it with these values (CONTRIBUTING.md, "Code blocks in the docs"). A block's own declaration of
 * the same name shadows the prelude's. They are globals only in the docs' own program and in the context
 * of that test file, never in the test suite's types.
 */
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import type { TransactionInput } from "../../src/customers/TransactionSchema.ts";
import { isClienteleError } from "../../src/errors/ClienteleError.ts";
import type { ClienteleErrorCode } from "../../src/errors/index.ts";
import type { BgBbPattern } from "../../src/rfm/BgBbData.ts";
import type { HoldoutCustomerSummary } from "../../src/rfm/CustomerSummary.ts";
import { summarizeTransactions } from "../../src/rfm/summarizeTransactions.ts";
import type { TransactionSummary } from "../../src/rfm/TransactionSummary.ts";
import { loadDonations } from "../_helpers/loadDonations.ts";

/** The prelude's names and types; test/_helpers/docBlocks.ts declares each as a global for the blocks. */
export interface DocsPrelude {
  /** Input rows not yet validated, as read from a file or a request: the CDNOW sample (6,919 rows). */
  readonly rows: readonly TransactionInput[];
  /** A transaction log: the CDNOW sample (6,919 purchases by 2,357 customers, 1997-01-01 to 1998-06-30). */
  readonly transactions: readonly TransactionInput[];
  /** `summarizeTransactions(transactions, { unit: "week", calibrationEnd: "1997-09-30", observationEnd: "1998-06-30" })`. */
  readonly summary: TransactionSummary<HoldoutCustomerSummary>;
  /** BG/BB patterns: the donations data of Fader, Hardie & Shang (2010), 22 patterns of 11,104 donors. */
  readonly patterns: readonly BgBbPattern[];
  /**
   * Used by the test for a block fenced `ts throws`: runs the block and fails unless it throws (a
   * `ClienteleError` with `code` when one is given). Not for use in the docs' text.
   */
  readonly expectDocBlockThrows: (where: string, code: ClienteleErrorCode | undefined, block: () => unknown) => void;
}

/** The prelude's values (fresh ones on each call). */
export function docsPrelude(): DocsPrelude {
  const transactions = loadCdnowSample();
  return {
    rows: loadCdnowSample(),
    transactions,
    summary: summarizeTransactions(transactions, {
      unit: "week",
      calibrationEnd: "1997-09-30",
      observationEnd: "1998-06-30",
    }),
    patterns: loadDonations(),
    expectDocBlockThrows(where, code, block) {
      try {
        block();
      } catch (error) {
        if (code === undefined || isClienteleError(error, code)) return;
        throw new Error(`${where}: expected a ClienteleError with code ${code}, got ${String(error)}`, {
          cause: error,
        });
      }
      throw new Error(`${where}: the block is fenced \`ts throws\` but did not throw`);
    },
  };
}
