/**
 * clientele: relationship marketing as code. The root re-exports every area except `clientele/node`;
 * each area is also its own subpath (`clientele/errors`, `clientele/rules`, …).
 *
 * @module clientele
 */
export * from "./accounts/index.ts";
export * from "./bonds/index.ts";
export * from "./charts/index.ts";
export * from "./clv/index.ts";
export * from "./complaints/index.ts";
export * from "./csv/index.ts";
export * from "./customers/index.ts";
export * from "./errors/index.ts";
export * from "./lifecycle/index.ts";
export * from "./loyalty/index.ts";
export * from "./math/index.ts";
export * from "./relationship/index.ts";
export * from "./retention/index.ts";
export * from "./rfm/index.ts";
export * from "./rules/index.ts";
export * from "./satisfaction/index.ts";
export * from "./schema/index.ts";
export * from "./simulation/index.ts";
export * from "./sql/index.ts";
export * from "./termination/index.ts";
export * from "./time/index.ts";
export * from "./value/index.ts";
