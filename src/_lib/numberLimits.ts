// Number.MAX_VALUE and Number.MAX_SAFE_INTEGER as literals. A schema built at module level with
// `z.lte(Number.MAX_VALUE)` is kept by bundlers even when unused (esbuild treats the property read as a
// possible side effect, so the /* @__PURE__ */ call around it no longer counts as pure); the same bound
// written as a literal lets an unused schema be dropped. Checked equal to the globals in the test.

/** Number.MAX_VALUE, the largest finite double. @internal */
export const MAX_DOUBLE = 1.7976931348623157e308;

/** Number.MAX_SAFE_INTEGER, 2⁵³ − 1. @internal */
export const MAX_SAFE_INTEGER = 9007199254740991;
