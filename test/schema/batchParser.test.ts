import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { batchParser } from "../../src/schema/index.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";

describe("batchParser", () => {
  const parseScores = batchParser("parseScores", z.strictObject({ score: z.int() }));
  it("makes a parser that names itself in errors", () => {
    const e = expectClienteleError(() => parseScores([{ score: 1.5 }]), "invalid_input");
    expect(e.message.startsWith("parseScores: ")).toBe(true);
  });
  it("supports collect mode", () => {
    const r = parseScores([{ score: 1 }, { score: "x" as unknown as number }], { onInvalid: "collect" });
    expect(r.valid).toEqual([{ score: 1 }]);
    expect(r.rejected[0]?.index).toBe(1);
  });
});
