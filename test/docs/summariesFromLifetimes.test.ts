import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fitBgNbd } from "../../src/clv/bgNbd/fitBgNbd.ts";
import { fitGammaGamma } from "../../src/clv/gammaGamma/fitGammaGamma.ts";
import { expectClose } from "../_helpers/expectClose.ts";

// docs/guides/summaries-from-lifetimes.md: a summary table exported by Python's lifetimes, read by header
// name with one renaming, fitted without customer ids and with its other columns ignored. The tables are
// the ones lifetimes ships (test/fixtures/cdnow/README.md), in weeks.
function readCsv(file: string): { names: string[]; column: (name: string) => number[] } {
  const [header, ...lines] = readFileSync(new URL(`../fixtures/cdnow/${file}`, import.meta.url), "utf8")
    .trim()
    .split(/\r?\n/); // CRLF or LF
  const names = header!.split(",");
  const cells = lines.map((line) => line.split(","));
  return { names, column: (name) => cells.map((row) => Number(row[names.indexOf(name)])) };
}

describe("fitting a table from Python's lifetimes (issue 16, item 8)", () => {
  it("reproduces Fader, Hardie & Lee (2005) BG/NBD (r 0.243, α 4.414, a 0.793, b 2.426) from cdnow_customers_summary.csv as exported", () => {
    const { names, column } = readCsv("cdnow_customers_summary.csv");
    expect(names).toEqual(["ID", "frequency", "recency", "T"]);
    // As exported: an ID column the fit does not read, which it is told to ignore; no customerId.
    const asExported = Object.fromEntries(names.map((name) => [name, column(name)])) as unknown as {
      frequency: number[];
      recency: number[];
      T: number[];
    };
    const fit = fitBgNbd(asExported, { unit: "week", unknownFields: "ignore" });
    expectClose(fit.params.r, 0.243, { abs: 5e-4 });
    expectClose(fit.params.alpha, 4.414, { abs: 5e-4 });
    expectClose(fit.params.a, 0.793, { abs: 5e-4 });
    expectClose(fit.params.b, 2.426, { abs: 5e-3 });
    // Without the option, the unknown ID column is refused rather than silently dropped.
    expect(() => fitBgNbd(asExported, { unit: "week" })).toThrow(/unknown key "ID"/);
  });

  it("reproduces FHL's Gamma-Gamma (p 6.25, q 3.74, γ 15.44) from the table with spend, mapped by name", () => {
    const { column } = readCsv("cdnow_customers_summary_with_transactions.csv");
    const spendFit = fitGammaGamma({ frequency: column("x"), monetaryValue: column("zbar") });
    expectClose(spendFit.params.p, 6.25, { abs: 0.01 });
    expectClose(spendFit.params.q, 3.74, { abs: 0.01 });
    expectClose(spendFit.params.gamma, 15.44, { abs: 0.05 });
  });
});
