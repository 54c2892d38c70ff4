// Per-call interpolation tables for the predictions over many customers: for a fixed fit and horizon, a
// quantity f_x(U) that depends on the customer only through an integer x and one positive variable U (BG/NBD:
// U = α + T; Pareto/NBD: U = min(α, β) + T or + t_x) is replaced, panel by panel, by a polynomial.
//
// Panels. U's binary exponent and the top 2 bits of its mantissa name the panel (4 equal panels per octave,
// read from the bits of the double, no logarithm): [L, L + W] with W = 2^e/4 and L ≥ 2^e. Every function
// interpolated here is analytic in U off (−∞, 0] (its singularities are at U ≤ 0: branch points and poles of
// the closed forms at α + T = 0, β + T = 0, …; see each caller), so the centre of a panel is at least
// L + W/2 ≥ 4.5 W = 9 half-widths from the nearest singularity. Chebyshev interpolation on it then converges
// at least like ρ^(−n) with ρ = 9 + √(9² − 1) ≈ 17.9 (Bernstein ellipse; Trefethen, Approximation Theory and
// Approximation Practice, thm 8.2: |f − pₙ| ≤ 4Mρ^(−n)/(ρ − 1), M = max |f| on the ellipse): with n = 13,
// 4ρ^(−13)/(ρ − 1) ≈ 1.2e-17, so the interpolation error is below 1e-16 of max |f| on the panel while M is
// below 8 max |f| on the panel.
//
// Verified bound. M is not known in closed form, so every panel is checked when it is built, and used only if
//   - every node value is finite,
//   - its last Chebyshev coefficient is at most TAIL = 1e-12 of the largest node value (the coefficients decay
//     like ρ^(−k), about 1e-16 by k = 13 for an analytic f; a larger tail means a nearby singularity, or
//     closed-form values noisier than 1e-12),
//   - at both ends of the panel (u = ±1, where first-kind interpolation errs most) the polynomial agrees with
//     the closed form to CHECK = 1e-12 of the panel's largest |f| (or a smaller bound the caller gives for a
//     function whose closed form is exact to a few ulps).
// A panel that fails is marked, and its customers get the closed form. So on every panel in use the error is
// at most 1e-12 of the panel's largest |f| at the ends and the Chebyshev bound inside, plus the closed forms'
// own rounding (1e-15 to 1e-13 relative for the ₂F₁ forms at the nodes; measured 1e-14 on CDNOW fits),
// amplified by at most the Lebesgue constant of 14 first-kind nodes, 2.7.
//
// Cost. A panel is built (14 node values, 2 checks: 16 closed-form evaluations) at its BUILD_HITS-th customer;
// its first BUILD_HITS − 1 customers get the closed form. So no customer costs more than about twice the
// closed form, whatever the data, and a customer in a built panel costs a hash probe and a degree-13
// polynomial (Estrin's scheme). Results can differ in the last digits (within the bound above) between a
// customer scored alone and the same customer scored among others in its panel.

/** Chebyshev nodes per panel (degree NODES − 1). */
const NODES = 14;
/** Customers in a panel before it is built (the earlier ones get the closed form). */
const BUILD_HITS = 16;
/** Largest last Chebyshev coefficient accepted, relative to the largest node value. */
const TAIL = 1e-12;
/** Largest disagreement with the closed form at the panel's ends, relative to the largest node value. */
const CHECK = 1e-12;
/** x from this on is not tabulated (the key packs x and the 13-bit panel id into 31 bits). */
const MAX_X = 262_143;
/** State of a panel that failed its checks. */
const REJECTED = -0x40000000;

/** Index of the high 32-bit word of a float64 in an Int32Array view (platform byte order). */
const HI = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f ? 1 : 0;
const LO = 1 - HI;

/** cos(π k (j + ½)/N): the DCT from node values to Chebyshev coefficients. */
const COS = new Float64Array(NODES * NODES);
/** Nodes u_j = cos(π (j + ½)/N). */
const NODE = new Float64Array(NODES);
/** MONO[k·N + i]: coefficient of uⁱ in T_k(u). */
const MONO = new Float64Array(NODES * NODES);
for (let j = 0; j < NODES; j++) NODE[j] = Math.cos((Math.PI * (j + 0.5)) / NODES);
for (let k = 0; k < NODES; k++)
  for (let j = 0; j < NODES; j++) COS[k * NODES + j] = Math.cos((Math.PI * k * (j + 0.5)) / NODES);
MONO[0] = 1;
MONO[NODES + 1] = 1;
for (let k = 2; k < NODES; k++)
  for (let i = 0; i < NODES; i++)
    MONO[k * NODES + i] = (i > 0 ? 2 * MONO[(k - 1) * NODES + i - 1]! : 0) - MONO[(k - 2) * NODES + i]!;

/**
 * The closed forms a table interpolates: writes f_x(U) of each of the table's functions into `out` (NaN where
 * one cannot be evaluated).
 *
 * @internal
 */
export type PanelFunctions = (x: number, U: number, out: Float64Array) => void;

/**
 * A per-call table of panel interpolants (see the header): state is mutable and lives in the kernel's closure.
 *
 * @internal
 */
export interface PanelTable {
  /** Functions per panel. */
  readonly width: number;
  /** Largest disagreement with the closed form accepted at a panel's ends, per function (default CHECK). */
  readonly check: Float64Array;
  /** Their closed forms. */
  readonly evaluate: PanelFunctions;
  /** Panel records: [centre, 1/half-width, then NODES monomial coefficients per function]. */
  pool: Float64Array;
  /** Doubles of `pool` in use. */
  used: number;
  /** Hash keys (x·8192 + panel id), −1 for empty. */
  keys: Int32Array;
  /** Offset into `pool` (≥ 0), minus the hits so far (−1 … −BUILD_HITS + 1), or REJECTED. */
  state: Int32Array;
  /** Entries in use. */
  entries: number;
  /** 32 − log₂(capacity). */
  shift: number;
  /** Scratch double and its words. */
  readonly f64: Float64Array;
  readonly i32: Int32Array;
  /** Scratch for node values (NODES × width) and one evaluation (width). */
  readonly values: Float64Array;
  readonly out: Float64Array;
}

/**
 * A new, empty table.
 *
 * @param width - Functions interpolated per panel (they share the panel and its polynomial variable).
 * @param evaluate - Their closed forms.
 * @param check - Per function, the largest disagreement with the closed form accepted at a panel's ends,
 *   relative to the panel's largest |f| (default 1e-12 each; smaller for a function whose closed form is exact to
 *   a few ulps, such as a sum of logarithms).
 * @returns The table.
 * @internal
 */
export function createPanelTable(width: number, evaluate: PanelFunctions, check?: readonly number[]): PanelTable {
  const f64 = new Float64Array(1);
  return {
    width,
    check: Float64Array.from({ length: width }, (_, k) => check?.[k] ?? CHECK),
    evaluate,
    pool: new Float64Array(64 * (2 + NODES * width)),
    used: 0,
    keys: new Int32Array(256).fill(-1),
    state: new Int32Array(256),
    entries: 0,
    shift: 24,
    f64,
    i32: new Int32Array(f64.buffer),
    values: new Float64Array(NODES * width),
    out: new Float64Array(width),
  };
}

/**
 * The panel record of (x, U), counting the hit: its offset in `table.pool` once built (evaluate function k with
 * {@link evaluatePanel}`(table.pool, offset, k, U)`), or −1 where the caller must use the closed form (panel not
 * built yet, rejected, x too large, U subnormal or not finite).
 *
 * @param table - The table.
 * @param x - Integer ≥ 0.
 * @param U - Positive variable.
 * @returns Offset ≥ 0, or −1.
 * @internal
 */
export function panelOffset(table: PanelTable, x: number, U: number): number {
  // The common case inline: a built panel found at its first probe.
  table.f64[0] = U;
  const key = x * 8192 + (table.i32[HI]! >>> 18);
  const slot = Math.imul(key, 0x9e3779b1) >>> table.shift;
  if (table.keys[slot] === key) {
    const st = table.state[slot]!;
    if (st >= 0) return st;
  }
  return findPanel(table, x, U);
}

/** {@link panelOffset} beyond its first probe: probing on, counting hits, building, growing. */
function findPanel(table: PanelTable, x: number, U: number): number {
  if (!(x <= MAX_X)) return -1;
  table.f64[0] = U;
  const id = table.i32[HI]! >>> 18;
  // Exponent field 0 (zero, subnormal) or 2047 (∞, NaN), or a negative U: the closed form.
  if (id < 0x4 || id >= 0x1ffc) return -1;
  const key = x * 8192 + id;
  const keys = table.keys;
  const mask = keys.length - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> table.shift;
  for (;;) {
    const k = keys[slot]!;
    if (k === key) break;
    if (k === -1) {
      if (4 * (table.entries + 1) > keys.length) {
        grow(table);
        return findPanel(table, x, U);
      }
      keys[slot] = key;
      table.state[slot] = -1;
      table.entries++;
      return -1;
    }
    slot = (slot + 1) & mask;
  }
  const st = table.state[slot]!;
  if (st >= 0) return st;
  if (st === REJECTED) return -1;
  if (st > 1 - BUILD_HITS) {
    table.state[slot] = st - 1;
    return -1;
  }
  const offset = build(table, x, id);
  table.state[slot] = offset >= 0 ? offset : REJECTED;
  return offset;
}

/**
 * Function k of a built panel at U (Estrin's scheme for the degree-13 polynomial in u = (U − centre)/half-width).
 *
 * @param pool - `table.pool` (read after {@link panelOffset}, which may replace it).
 * @param offset - From {@link panelOffset}.
 * @param k - Function index.
 * @param U - The variable (in the panel).
 * @returns The interpolated value.
 * @internal
 */
export function evaluatePanel(pool: Float64Array, offset: number, k: number, U: number): number {
  const u = (U - pool[offset]!) * pool[offset + 1]!;
  const o = offset + 2 + NODES * k;
  const u2 = u * u;
  const u4 = u2 * u2;
  const p0 = pool[o]! + pool[o + 1]! * u;
  const p1 = pool[o + 2]! + pool[o + 3]! * u;
  const p2 = pool[o + 4]! + pool[o + 5]! * u;
  const p3 = pool[o + 6]! + pool[o + 7]! * u;
  const p4 = pool[o + 8]! + pool[o + 9]! * u;
  const p5 = pool[o + 10]! + pool[o + 11]! * u;
  const p6 = pool[o + 12]! + pool[o + 13]! * u;
  return p0 + p1 * u2 + (p2 + p3 * u2) * u4 + (p4 + p5 * u2 + p6 * u4) * (u4 * u4);
}

/**
 * Functions first … first + count − 1 of a built panel at U, written to out[at …] (for callers with several
 * functions per customer: one call, no number returned, so nothing is allocated when V8 does not inline it).
 *
 * @param pool - `table.pool` (read after {@link panelOffset}).
 * @param offset - From {@link panelOffset}.
 * @param first - First function index.
 * @param count - How many functions.
 * @param U - The variable (in the panel).
 * @param out - Destination.
 * @param at - Index in `out` of the first value.
 * @internal
 */
export function evaluatePanelInto(
  pool: Float64Array,
  offset: number,
  first: number,
  count: number,
  U: number,
  out: Float64Array,
  at: number,
): void {
  const u = (U - pool[offset]!) * pool[offset + 1]!;
  const u2 = u * u;
  const u4 = u2 * u2;
  const u8 = u4 * u4;
  for (let k = 0; k < count; k++) {
    const o = offset + 2 + NODES * (first + k);
    const p0 = pool[o]! + pool[o + 1]! * u;
    const p1 = pool[o + 2]! + pool[o + 3]! * u;
    const p2 = pool[o + 4]! + pool[o + 5]! * u;
    const p3 = pool[o + 6]! + pool[o + 7]! * u;
    const p4 = pool[o + 8]! + pool[o + 9]! * u;
    const p5 = pool[o + 10]! + pool[o + 11]! * u;
    const p6 = pool[o + 12]! + pool[o + 13]! * u;
    out[at + k] = p0 + p1 * u2 + (p2 + p3 * u2) * u4 + (p4 + p5 * u2 + p6 * u4) * u8;
  }
}

function grow(table: PanelTable): void {
  const oldKeys = table.keys;
  const oldState = table.state;
  const size = oldKeys.length * 4;
  const keys = new Int32Array(size).fill(-1);
  const state = new Int32Array(size);
  const shift = table.shift - 2;
  const mask = size - 1;
  for (let i = 0; i < oldKeys.length; i++) {
    const key = oldKeys[i]!;
    if (key === -1) continue;
    let slot = Math.imul(key, 0x9e3779b1) >>> shift;
    while (keys[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = key;
    state[slot] = oldState[i]!;
  }
  table.keys = keys;
  table.state = state;
  table.shift = shift;
}

/** Builds and checks the panel `id` of x; returns its offset, or −1 if it fails a check. */
function build(table: PanelTable, x: number, id: number): number {
  const { width, values, out, f64, i32 } = table;
  // Panel bounds from the id: lower end L (the id's bits, rest of the mantissa 0), width W = octave base / 4.
  i32[HI] = id << 18;
  i32[LO] = 0;
  const lower = f64[0]!;
  i32[HI] = (id & ~0x3) << 18;
  const half = f64[0]! / 8;
  const centre = lower + half;
  for (let j = 0; j < NODES; j++) {
    table.evaluate(x, centre + half * NODE[j]!, out);
    for (let k = 0; k < width; k++) values[j * width + k] = out[k]!;
  }
  const stride = 2 + NODES * width;
  if (table.used + stride > table.pool.length) {
    const pool = new Float64Array(2 * table.pool.length);
    pool.set(table.pool);
    table.pool = pool;
  }
  const pool = table.pool;
  const offset = table.used;
  pool[offset] = centre;
  pool[offset + 1] = 1 / half;
  const scale = new Float64Array(width);
  for (let k = 0; k < width; k++) {
    let max = 0;
    for (let j = 0; j < NODES; j++) {
      const v = values[j * width + k]!;
      if (!(Math.abs(v) <= Number.MAX_VALUE)) return -1;
      if (Math.abs(v) > max) max = Math.abs(v);
    }
    scale[k] = max;
    // The polynomial of f − f(u₇) (a node near the centre), f(u₇) added back to the constant term at the end: a
    // function that varies little over the panel (a sum of logarithms) then loses no digits in the transform.
    const ref = values[(NODES >> 1) * width + k]!;
    const o = offset + 2 + NODES * k;
    for (let i = 0; i < NODES; i++) pool[o + i] = 0;
    for (let m = 0; m < NODES; m++) {
      let c = 0;
      for (let j = 0; j < NODES; j++) c += (values[j * width + k]! - ref) * COS[m * NODES + j]!;
      c *= (m === 0 ? 1 : 2) / NODES;
      if (m === NODES - 1 && Math.abs(c) > TAIL * max) return -1;
      for (let i = 0; i <= m; i++) pool[o + i] = pool[o + i]! + c * MONO[m * NODES + i]!;
    }
    pool[o] = pool[o]! + ref;
  }
  for (const end of [centre - half, centre + half]) {
    table.evaluate(x, end, out);
    for (let k = 0; k < width; k++) {
      const v = out[k]!;
      if (!(Math.abs(evaluatePanel(pool, offset, k, end) - v) <= table.check[k]! * scale[k]!)) return -1;
    }
  }
  table.used += stride;
  return offset;
}
