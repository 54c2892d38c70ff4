import { readFileSync } from "node:fs";
import type { BgBbPattern } from "../../src/rfm/BgBbData.ts";

/** The donations patterns of Fader, Hardie & Shang (2010) (test/fixtures/donations/donations.csv). */
export function loadDonations(): BgBbPattern[] {
  const text = readFileSync(new URL("../fixtures/donations/donations.csv", import.meta.url), "utf8");
  return text
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [frequency, recency, opportunities, count] = line.split(",").map(Number) as [
        number,
        number,
        number,
        number,
      ];
      return { frequency, recency, opportunities, count };
    });
}
