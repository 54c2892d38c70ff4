import type { BondInstrument, BondLevel } from "../../src/customers/index.ts";

/** A validated instrument of customer "c1" (defaults: started 2024-01-01, open-ended). */
export function bond(level: BondLevel, kind: string, extra: Partial<BondInstrument> = {}): BondInstrument {
  return { customerId: "c1", level, kind, start: new Date("2024-01-01T00:00:00Z"), ...extra };
}

/** The date most tests profile at. */
export const asOf = new Date("2024-06-30T00:00:00Z");
