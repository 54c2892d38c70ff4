import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

// Every figure below was checked by hand from the example's log (see the comments).
describe("examples/08-loyalty-program.ts", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "examples/08-loyalty-program.ts"], {
    cwd: root,
    encoding: "utf8",
  });

  it("earns 10 points per euro, doubled on beans, capped at 1000 per purchase", () => {
    // ana: 4.20 → 42, 12.50 beans → 250, 38 beans → 760, 64 beans → 1280 capped 1000, 9.80 → 98, 150 → 1000 (capped).
    expect(out).toContain("points earned per purchase: 42 250 760 1000 98 1000 35 70 1000 62 250 255");
  });

  it("prints each member's points and tier after FIFO redemptions and 12-month expiry", () => {
    // ana: the 2000-point redemption on 04-01 empties the first three lots and leaves 52 of the 03-04 lot;
    // 52 + 98 expire in 2025 (150); the 09-02 lot of 1000 is left. Silver since 03-04 (2052 credits).
    expect(out).toMatch(/ana +3150 +2000 +150 +1000 +Silver +Silver/);
    // ben: 500 FIFO from 35 + 70 + 395 of the 04-10 lot; 605 + 62 expire (667).
    expect(out).toMatch(/ben +1167 +500 +667 +0 +- +-/);
    expect(out).toMatch(/cleo +505 +500 +5 +0 +- +-/);
    expect(out).toContain(
      "ana: 1000 points left, worth €7.00 to her and costing the chain €2.40; next expiry 2025-09-02 (1000 points)",
    );
    expect(out).toMatch(/2024-03-04 {2}promotion +- → Silver \(2052 credits\)/);
  });

  it("prints breakage, the program's economics and the three offers", () => {
    // 822 broken of 3000 + 822 settled; reward cost 4822 × (3000/3822) × 0.0024 = 9.08; (9.08 + 5) / 0.6 = 23.47.
    expect(out).toContain("breakage 21.5% (822 of 3822 settled points)");
    expect(out).toContain("reward cost €9.08 (2.27% of spend), liability €1.88, break-even incremental sales €23.47");
    // 2700 / 1.06³ = 2266.97; 12000 − 14000 / 1.06³ = 245.33.
    expect(out).toMatch(/car card, €2700 banked in 36 months +€2266\.97 +€2266\.97/);
    expect(out).toMatch(/trade-in, €9,000 allowance +€1500\.00 +€1000\.00/);
    expect(out).toMatch(/buy-back lease, 60% now, 3 years +€245\.33 +€245\.33/);
  });
});
