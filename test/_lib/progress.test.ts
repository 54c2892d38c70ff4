import { describe, expect, it } from "vitest";
import {
  noProgress,
  type ProgressReport,
  progressIssues,
  progressPhase,
  splitProgressOptions,
  throwIfAborted,
} from "../../src/_lib/progress.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("progressPhase", () => {
  it("reports at most about 100 times per phase, increasing, the last with done = total", () => {
    for (const total of [1, 7, 100, 101, 1000, 100_000]) {
      const seen: ProgressReport[] = [];
      const at = progressPhase("f", { onProgress: (p) => seen.push(p), signal: undefined }, total, "work");
      for (let done = 1; done <= total; done++) at(done);
      expect(seen.length).toBeLessThanOrEqual(101);
      expect(seen.length).toBeGreaterThanOrEqual(Math.min(total, 50));
      for (let i = 1; i < seen.length; i++) expect(seen[i]!.done).toBeGreaterThan(seen[i - 1]!.done);
      expect(seen.at(-1)).toEqual({ done: total, total, phase: "work" });
    }
  });

  it("throws aborted at the next report once the signal is aborted, and is a no-op without callback or signal", () => {
    const controller = new AbortController();
    const at = progressPhase("fitX", { onProgress: undefined, signal: controller.signal }, 1000, "work");
    at(10);
    controller.abort(new Error("user"));
    at(11); // no report due until 20
    const e = expectClienteleError(() => at(20), "aborted");
    expect(e.message).toBe("fitX: aborted by options.signal");
    expect((e.cause as Error).message).toBe("user");
    expect(() => progressPhase("f", noProgress, 10, "x")(10)).not.toThrow();
  });
});

describe("splitProgressOptions", () => {
  it("returns the options unchanged when they have neither key, else the rest without them and the two read", () => {
    const plain = { seed: 1 };
    expect(splitProgressOptions("f", plain)).toEqual({ rest: plain, control: noProgress });
    expect(splitProgressOptions("f", undefined).rest).toBeUndefined();
    const onProgress = () => {};
    const signal = new AbortController().signal;
    const { rest, control } = splitProgressOptions("f", { seed: 1, onProgress, signal });
    expect(rest).toEqual({ seed: 1 });
    expect(control.onProgress).toBe(onProgress);
    expect(control.signal).toBe(signal);
  });

  it("rejects a non-function onProgress and a signal-less object at their paths", () => {
    const e = expectClienteleError(() => splitProgressOptions("f", { onProgress: "x", signal: null }), "invalid_input");
    expect(issuePaths(e)).toEqual(["options.onProgress", "options.signal"]);
    expect(progressIssues({ signal: { aborted: false } })).toEqual([]);
    const nested = expectClienteleError(
      () => splitProgressOptions("f", { onProgress: 1 }, ["options", "intervals"]),
      "invalid_input",
    );
    expect(issuePaths(nested)).toEqual(["options.intervals.onProgress"]);
  });
});

describe("throwIfAborted", () => {
  it("throws only for an aborted signal", () => {
    expect(() => throwIfAborted("f", undefined)).not.toThrow();
    expect(() => throwIfAborted("f", { aborted: false })).not.toThrow();
    expectClienteleError(() => throwIfAborted("f", { aborted: true, reason: 1 }), "aborted");
  });
});
