import { describe, expectTypeOf, it } from "vitest";
import type { CustomerKernel } from "../../../../src/clv/_internal/mapCustomers.ts";
import type { checkingDataReaders, purchaseHistoryReaders } from "../../../../src/clv/_internal/timeAxisReaders.ts";
import type { bgBbKernels } from "../../../../src/clv/bgBb/_internal/bgBbKernels.ts";
import type { BgBbParams } from "../../../../src/clv/bgBb/BgBbParams.ts";
import type { bgNbdKernels } from "../../../../src/clv/bgNbd/_internal/bgNbdKernels.ts";
import type {
  CheckingTable,
  PredictionKernels,
  PurchaseHistory,
  TimeAxis,
} from "../../../../src/clv/predictions/_internal/PredictionKernels.ts";

describe("PredictionKernels", () => {
  it("is one record type for every model, with kernels of the model's parameters", () => {
    expectTypeOf<typeof bgBbKernels>().toEqualTypeOf<PredictionKernels<BgBbParams>>();
    expectTypeOf<typeof bgNbdKernels>().toMatchTypeOf<PredictionKernels<object>>();
    expectTypeOf<PredictionKernels<BgBbParams>["probabilityAlive"]>().returns.toEqualTypeOf<CustomerKernel>();
    expectTypeOf<PredictionKernels<BgBbParams>["timeAxis"]>().toEqualTypeOf<TimeAxis>();
  });

  it("leaves the time-axis readers out of the record (a prediction does not bundle them)", () => {
    expectTypeOf<(typeof purchaseHistoryReaders)[TimeAxis]>().returns.toEqualTypeOf<PurchaseHistory>();
    expectTypeOf<(typeof checkingDataReaders)[TimeAxis]>().returns.toEqualTypeOf<CheckingTable>();
    expectTypeOf<keyof PredictionKernels<BgBbParams>>().not.toEqualTypeOf<"readCheckingData">();
  });
});
