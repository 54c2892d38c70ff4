import { describe, expect, it } from "vitest";
import * as facade from "../../src/customers/index.ts";

describe("clientele/customers facade", () => {
  it("exports exactly the documented runtime API", () => {
    expect(Object.keys(facade).sort()).toEqual([
      "BondInstrumentSchema",
      "BondLevelSchema",
      "ComplaintOutcomeSchema",
      "ComplaintSchema",
      "CustomerLogsSchema",
      "CustomerRecordSchema",
      "CustomerSchema",
      "IncidentKindSchema",
      "IncidentSchema",
      "InteractionDirectionSchema",
      "InteractionSchema",
      "LoyaltyEventSchema",
      "LoyaltyEventTypeSchema",
      "ServiceFailureSchema",
      "SeveritySchema",
      "SurveyResponseSchema",
      "TransactionSchema",
      "builtInBondKinds",
      "coerceTransactions",
      "customerBaseOverview",
      "groupByCustomer",
      "parseBondInstruments",
      "parseComplaints",
      "parseCustomers",
      "parseIncidents",
      "parseInteractions",
      "parseLoyaltyEvents",
      "parseServiceFailures",
      "parseSurveyResponses",
      "parseTransactions",
    ]);
  });
});
