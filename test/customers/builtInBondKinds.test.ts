import { describe, expect, it } from "vitest";
import { builtInBondKinds } from "../../src/customers/index.ts";

describe("builtInBondKinds", () => {
  it("places the issue's named instruments at Berry & Parasuraman's levels", () => {
    expect(builtInBondKinds["points-program"]).toBe("financial");
    expect(builtInBondKinds["stamp-card"]).toBe("financial");
    expect(builtInBondKinds["co-branded-card"]).toBe("financial");
    expect(builtInBondKinds["trade-in-offer"]).toBe("financial");
    expect(builtInBondKinds["buy-back-lease"]).toBe("financial");
    expect(builtInBondKinds.membership).toBe("social");
    expect(builtInBondKinds.club).toBe("social");
    expect(builtInBondKinds["advisory-board"]).toBe("social");
    expect(builtInBondKinds["dedicated-manager"]).toBe("social");
    expect(builtInBondKinds["integrated-system"]).toBe("structural");
    expect(builtInBondKinds["custom-solution"]).toBe("structural");
    expect(builtInBondKinds["data-integration"]).toBe("structural");
  });
  it("uses only the three levels", () => {
    expect(new Set(Object.values(builtInBondKinds))).toEqual(new Set(["financial", "social", "structural"]));
  });
});
