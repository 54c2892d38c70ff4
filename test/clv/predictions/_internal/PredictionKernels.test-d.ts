import { describe, expectTypeOf, it } from "vitest";
import type { CustomerKernel } from "../../../../src/clv/_internal/mapCustomers.ts";
import type { bgBbKernels } from "../../../../src/clv/bgBb/_internal/bgBbKernels.ts";
import type { BgBbParams } from "../../../../src/clv/bgBb/BgBbParams.ts";
import type { bgNbdKernels } from "../../../../src/clv/bgNbd/_internal/bgNbdKernels.ts";
import type {
  CheckingTable,
  PredictionKernels,
  PurchaseHistory,
} from "../../../../src/clv/predictions/_internal/PredictionKernels.ts";

describe("PredictionKernels", () => {
  it("is one record type for every model, with kernels of the model's parameters", () => {
    expectTypeOf<typeof bgBbKernels>().toEqualTypeOf<PredictionKernels<BgBbParams>>();
    expectTypeOf<typeof bgNbdKernels>().toMatchTypeOf<PredictionKernels<object>>();
    expectTypeOf<PredictionKernels<BgBbParams>["probabilityAlive"]>().returns.toEqualTypeOf<CustomerKernel>();
    expectTypeOf<PredictionKernels<BgBbParams>["readPurchaseHistory"]>().returns.toEqualTypeOf<PurchaseHistory>();
    expectTypeOf<PredictionKernels<BgBbParams>["readCheckingData"]>().returns.toEqualTypeOf<CheckingTable>();
  });
});
