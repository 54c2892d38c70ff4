import { DAY_MS } from "../../_lib/civilCalendar.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import type { CountModel } from "../../clv/CountModelFit.ts";
import { expectedAverageSpend } from "../../clv/gammaGamma/expectedAverageSpend.ts";
import type { SpendModel } from "../../clv/gammaGamma/GammaGammaFit.ts";
import { conditionalExpectedPurchases } from "../../clv/predictions/conditionalExpectedPurchases.ts";
import type { CustomerRecord } from "../../customers/CustomerRecordSchema.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { summarizeTransactions } from "../../rfm/summarizeTransactions.ts";
import { elapsed } from "../../time/elapsed.ts";

/** What the projection needs. @internal */
export interface ProjectionInput {
  readonly fn: string;
  readonly record: CustomerRecord;
  readonly asOfMs: number;
  readonly horizonDays: number;
  readonly fit: CountModel | undefined;
  readonly spendFit: SpendModel | undefined;
  readonly summary:
    | {
        readonly customerId?: string | undefined;
        readonly frequency: number;
        readonly recency: number;
        readonly T: number;
        readonly monetaryValue?: number | undefined;
      }
    | undefined;
}

/** The model-based parts of the projection; `undefined` where no model was given. @internal */
export interface Projection {
  readonly expectedPurchases: number | undefined;
  readonly spendPerPurchase: number | undefined;
}

const NONE: Projection = { expectedPurchases: undefined, spendPerPurchase: undefined };

/**
 * Expected purchases over the horizon from a fitted count model, and spend per purchase from a
 * Gamma-Gamma model, for one customer at asOf. The customer's summary is the caller's (`summary`) or
 * `summarizeTransactions` of the record's transactions with the fit's unit and `observationEnd: asOf`
 * (UTC days, same-day purchases merged: the summary a fit is usually made from). The horizon is
 * converted to the fit's unit with `elapsed` (calendar months for month-based units). A customer
 * without a purchase at or before asOf expects 0 purchases (the models describe customers after their
 * first purchase). Errors of the clv functions (a bad fit, recency > T) propagate with their paths.
 *
 * @internal
 */
export function projectPurchases(p: ProjectionInput): Projection {
  if (p.fit === undefined && p.spendFit === undefined) return NONE;
  let summary = p.summary;
  if (summary !== undefined && summary.customerId !== undefined && summary.customerId !== p.record.customerId) {
    throw new ClienteleInputError(`${p.fn}: invalid input`, {
      issues: [
        {
          code: "custom",
          path: ["options", "summary", "customerId"],
          message: `expected "${p.record.customerId}" (the record's customer), received "${summary.customerId}"`,
        },
      ],
    });
  }
  if (summary === undefined) {
    if (!hasPurchaseBy(p.record, p.asOfMs)) {
      return { expectedPurchases: p.fit === undefined ? undefined : 0, spendPerPurchase: undefined };
    }
    const unit = p.fit !== undefined && isPlainObject(p.fit) ? p.fit.unit : "day";
    summary = summarizeTransactions(p.record.transactions, { unit, observationEnd: new Date(p.asOfMs) }).rows[0];
    if (summary === undefined) return NONE;
  }
  let expectedPurchases: number | undefined;
  if (p.fit !== undefined) {
    const asOf = new Date(p.asOfMs);
    const horizon = elapsed(asOf, new Date(p.asOfMs + p.horizonDays * DAY_MS), { unit: p.fit.unit });
    expectedPurchases = conditionalExpectedPurchases(p.fit, horizon, {
      frequency: summary.frequency,
      recency: summary.recency,
      T: summary.T,
    });
  }
  let spendPerPurchase: number | undefined;
  if (p.spendFit !== undefined) {
    if (summary.monetaryValue === undefined) {
      throw new ClienteleInputError(`${p.fn}: invalid input`, {
        issues: [
          {
            code: "invalid_type",
            path: ["options", "summary", "monetaryValue"],
            message:
              "expected a number (the Gamma-Gamma model needs the mean repeat-purchase value), received undefined",
          },
        ],
      });
    }
    spendPerPurchase = expectedAverageSpend(p.spendFit, {
      frequency: summary.frequency,
      monetaryValue: summary.monetaryValue,
    });
  }
  return { expectedPurchases, spendPerPurchase };
}

function hasPurchaseBy(record: CustomerRecord, asOfMs: number): boolean {
  for (const t of record.transactions) if (t.timestamp.getTime() <= asOfMs) return true;
  return false;
}
