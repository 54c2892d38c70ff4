import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { fitBgNbd } from "../../src/clv/bgNbd/fitBgNbd.ts";
import { summarizeTransactions } from "../../src/rfm/summarizeTransactions.ts";

/**
 * The CDNOW calibration/holdout summary (Fader, Hardie & Lee 2005: weeks, calibration to 1997-09-30,
 * holdout to 1998-06-30, 39 weeks) rebuilt from CDNOW_sample.txt, and its BG/NBD fit.
 */
export function loadCdnowHoldout() {
  const summary = summarizeTransactions(loadCdnowSample(), {
    unit: "week",
    calibrationEnd: "1997-09-30",
    observationEnd: "1998-06-30",
  });
  return { summary, fit: fitBgNbd(summary) };
}
