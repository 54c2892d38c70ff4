import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { trackingCurve } from "../../src/clv/checking/trackingCurve.ts";
import { repeatPurchasesByPeriod } from "../../src/rfm/repeatPurchasesByPeriod.ts";
import { loadCdnowHoldout } from "./loadCdnowHoldout.ts";

/**
 * CDNOW's 78-week tracking rows (FHL 2005, Figures 1 and 2): the BG/NBD fit of the 39-week calibration
 * period, acquisitions and actual weekly repeat purchases counted by `repeatPurchasesByPeriod`.
 */
export function loadCdnowTracking() {
  const { summary, fit } = loadCdnowHoldout();
  const weekly = repeatPurchasesByPeriod(loadCdnowSample(), {
    unit: "week",
    start: "1997-01-01",
    periods: 78,
    observationEnd: "1998-06-30",
  });
  const rows = trackingCurve(fit, {
    firstPurchaseTimes: weekly.firstPurchaseTimes,
    periods: 78,
    actual: weekly.repeatPurchases,
  });
  return { summary, fit, rows, weekly };
}
