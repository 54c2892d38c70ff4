import { describe, expect, it } from "vitest";
import * as clv from "../../src/clv/index.ts";

describe("clientele/clv facade", () => {
  it("exports exactly the runtime API and nothing internal", () => {
    expect(Object.keys(clv).sort()).toEqual(
      [
        "BgNbdFitSchema",
        "BgNbdParamsSchema",
        "CountModelFitSchema",
        "conditionalExpectedPurchases",
        "defaultFitOptions",
        "expectedPurchases",
        "fitBgNbd",
        "parseFit",
        "probabilityAlive",
        "probabilityAliveHistory",
        "purchaseCountProbability",
        "simulateBgNbd",
        "fitModifiedBgNbd",
        "fitParetoNbd",
        "MbgNbdFitSchema",
        "MbgNbdParamsSchema",
        "ParetoNbdFitSchema",
        "ParetoNbdParamsSchema",
        "simulateModifiedBgNbd",
        "simulateParetoNbd",
        "customerLifetimeValue",
        "expectedAverageSpend",
        "fitGammaGamma",
        "frequencyMonetaryCorrelationThreshold",
        "GammaGammaFitSchema",
        "GammaGammaParamsSchema",
        "parseSpendFit",
        "simulateGammaGamma",
        "calibrationHoldoutTable",
        "compareFits",
        "evaluateHoldout",
        "frequencyChiSquare",
        "likelihoodRatioTest",
        "trackingCurve",
        "conditionalExpectedPurchasesInterval",
        "expectedPurchasesInterval",
        "predictionInterval",
        "probabilityAliveInterval",
      ].sort(),
    );
  });
});
