import { describe, expect, it } from "vitest";
import * as facade from "../../src/customers/index.ts";

describe("clientele/customers facade", () => {
  it("exports exactly the documented runtime API", () => {
    expect(Object.keys(facade).sort()).toEqual([
      "ComplaintOutcomeSchema",
      "ComplaintSchema",
      "CustomerLogsSchema",
      "CustomerRecordSchema",
      "CustomerSchema",
      "IncidentKindSchema",
      "IncidentSchema",
      "InteractionDirectionSchema",
      "InteractionSchema",
      "ServiceFailureSchema",
      "SeveritySchema",
      "SurveyResponseSchema",
      "TransactionSchema",
      "coerceTransactions",
      "customerBaseOverview",
      "groupByCustomer",
      "parseComplaints",
      "parseCustomers",
      "parseIncidents",
      "parseInteractions",
      "parseServiceFailures",
      "parseSurveyResponses",
      "parseTransactions",
    ]);
  });
});
