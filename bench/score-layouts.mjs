// Scoring data in three layouts of T, for timing predictions on data where customers do not share a T.
//   const:      every T = 52 weeks (like G1: a per-(x, T) cache hits almost always)
//   days:       T and recency in whole days / 7 (what summarizeTransactions produces from dated logs)
//   continuous: T and recency continuous (summaries from timestamped logs, or tables from other tools)
// Half the customers have x = 0; the others x uniform in 1..10, recency uniform in (0, T).
// Usage: import { scoreLayout } from "../shared/bench/score-layouts.mjs"; scoreLayout("days", 1_000_000)
//        node score-layouts.mjs days 1000000 > days.csv   (CSV: frequency,recency,T)
export function scoreLayout(kind, n = 1_000_000, seed = 12345) {
  if (!["const", "days", "continuous"].includes(kind)) throw new Error(`unknown layout ${kind}`);
  let s = seed >>> 0;
  const rnd = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return (s + 0.5) / 4294967296;
  };
  const frequency = new Float64Array(n),
    recency = new Float64Array(n),
    T = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = kind === "const" ? 52 : kind === "days" ? Math.floor(26 * 7 + rnd() * 364) / 7 : 26 + rnd() * 52;
    const x = rnd() < 0.5 ? 0 : Math.floor(rnd() * 10) + 1;
    T[i] = t;
    frequency[i] = x;
    recency[i] = x ? (kind === "days" ? Math.floor(rnd() * t * 7) / 7 : rnd() * t) : 0;
  }
  return { frequency, recency, T };
}
if (import.meta.url === `file://${process.argv[1]}`) {
  const c = scoreLayout(process.argv[2] ?? "days", Number(process.argv[3] ?? 1_000_000));
  const out = ["frequency,recency,T"];
  for (let i = 0; i < c.T.length; i++) out.push(`${c.frequency[i]},${c.recency[i]},${c.T[i]}`);
  process.stdout.write(out.join("\n") + "\n");
}

// BG/NBD customers (r 0.25, α 4, a 0.8, b 2.5) with T uniform in (26, 78) weeks, continuous: for timing fits on
// data whose (x, t_x, T) are all distinct. Usage: fitLayout(100_000) → { frequency, recency, T }
export function fitLayout(n = 100_000, seed = 0x9e3779b9) {
  let s = seed >>> 0;
  const rnd = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return (s + 0.5) / 4294967296;
  };
  const gamma = (k) => {
    // Marsaglia & Tsang, Box-Muller normals
    if (k < 1) return gamma(k + 1) * rnd() ** (1 / k);
    const d = k - 1 / 3,
      c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let z, v;
      do {
        const u1 = rnd(),
          u2 = rnd();
        z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        v = 1 + c * z;
      } while (v <= 0);
      v = v * v * v;
      if (Math.log(rnd()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  const frequency = new Float64Array(n),
    recency = new Float64Array(n),
    T = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lam = gamma(0.25) / 4,
      g1 = gamma(0.8),
      p = g1 / (g1 + gamma(2.5));
    T[i] = 26 + rnd() * 52;
    let t = 0,
      x = 0,
      last = 0;
    for (;;) {
      t += -Math.log(rnd()) / lam;
      if (!(t < T[i])) break;
      x++;
      last = t;
      if (rnd() < p) break;
    }
    frequency[i] = x;
    recency[i] = last;
  }
  return { frequency, recency, T };
}
