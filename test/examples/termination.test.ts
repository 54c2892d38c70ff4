import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/13-termination.ts", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "examples/13-termination.ts"], {
    cwd: root,
    encoding: "utf8",
  });

  it("keeps the profitable customer: margin (100 − 60) + (120 − 70) = 90, nothing to serve", () => {
    expect(out).toContain("ada: KEEP — margin 90.00, service cost 0.00, expected future value 90.00");
  });

  it("corrects the too-costly customer: 3 h × 40 + 2 calls × 6 = 132 against margin 60; +36 % (72 / 200) or a cap of 60", () => {
    expect(out).toContain("bo: CORRECT — margin 60.00, service cost 132.00, expected future value -72.00");
    expect(out).toContain("→ price-adjustment: raise this customer's prices by 36%");
    expect(out).toContain("to a cost of 60 over the horizon, down from 132");
  });

  it("corrects the abusive customer with a conduct agreement before anything else (2 incidents, 2 h × 40 = 80)", () => {
    expect(out).toContain("cy: CORRECT — margin 40.00, service cost 80.00, expected future value -40.00");
    expect(out).toMatch(/cy: CORRECT[\s\S]*?→ conduct-agreement: 2 abusive incidents/);
  });

  it("terminates when the correction failed: abuse after the 2024-03-01 agreement, 2 h × 40 = −80 since", () => {
    expect(out).toContain("dee: TERMINATE");
    expect(out).toContain(
      "1 correction(s) tried and failed (latest: conduct-agreement on 2024-03-01: 1 abusive incident(s) after it, net contribution -80 after it); 1 required",
    );
    expect(out).toContain("→ end-relationship: 1 correction(s) failed");
  });

  it("terminates at once on fraud (core values), and keeps correcting a word-of-mouth risk (2 open complaints)", () => {
    expect(out).toContain("eve: TERMINATE");
    expect(out).toContain("[terminate] violates-core-values: fraud incident on 2024-05-05 (1 in all)");
    expect(out).toContain("fay: CORRECT");
    expect(out).not.toMatch(/fay: CORRECT[\s\S]*?correct-before-terminate[\s\S]*?eve with/);
  });

  it("reconfigures a core rule from JSON and runs a third-party rule (172 days since 2024-01-10)", () => {
    expect(out).toContain("eve with the JSON config and the acme rule: CORRECT");
    expect(out).toContain("[correct] acme/quiet-since-january: no purchase for 172 days");
  });
});
