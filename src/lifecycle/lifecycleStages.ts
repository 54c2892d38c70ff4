import { describeReceived } from "../_lib/describeReceived.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { placeInLifecycle, readLifecycleOptions } from "./_internal/placeInLifecycle.ts";
import type { LifecycleStage, LifecycleStageOptions } from "./lifecycleStage.ts";

const FN = "lifecycleStages";

/**
 * {@link lifecycleStage} for many customers: the options are read once and the switching-risk
 * assessor is prepared once (`createSwitchingRiskAssessor`), then every record is placed, in order.
 *
 * @param records - Validated customer records (`groupByCustomer`).
 * @param options - As for {@link lifecycleStage}.
 * @returns One placement per record, in order.
 * @throws {@link ClienteleInputError} `invalid_input` as {@link lifecycleStage}, with `records[i]` paths.
 * @example
 * ```ts
 * import { groupByCustomer } from "clientele/customers";
 * import { lifecycleStages } from "clientele/lifecycle";
 * const records = groupByCustomer({
 *   transactions: [
 *     { customerId: "a", timestamp: "2024-06-01", amount: 40 },
 *     { customerId: "b", timestamp: "2022-06-01", amount: 40 },
 *   ],
 * });
 * lifecycleStages(records, { asOf: "2024-06-30" }).map((s) => s.stage); // => ["new", "lapsed"]
 * ```
 * @category Lifecycle
 */
export function lifecycleStages(records: readonly CustomerRecord[], options: LifecycleStageOptions): LifecycleStage[] {
  if (!Array.isArray(records)) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["records"],
          message: `expected array of records, received ${describeReceived(records)}`,
        },
      ],
    });
  }
  const thresholds = readLifecycleOptions(FN, options);
  const out: LifecycleStage[] = new Array(records.length);
  for (let i = 0; i < records.length; i++) out[i] = placeInLifecycle(FN, records[i]!, ["records", i], thresholds);
  return out;
}
