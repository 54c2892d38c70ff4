/**
 * `clientele/bonds`: the ties that keep a customer (Berry & Parasuraman's financial, social and structural
 * levels of relationship marketing) and the costs of switching away from the firm.
 *
 * The bond instrument itself is a customer-level record type, defined in `clientele/customers` (so that
 * `groupByCustomer` can carry it) and re-exported here.
 *
 * @module bonds
 */

export {
  type BondInstrument,
  type BondInstrumentInput,
  BondInstrumentSchema,
  type BondLevel,
  BondLevelSchema,
  type BuiltInBondKind,
  builtInBondKinds,
  parseBondInstruments,
} from "../customers/index.ts";
