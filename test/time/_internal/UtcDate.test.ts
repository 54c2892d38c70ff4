import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { addMonths } from "date-fns/addMonths";
import { startOfWeek } from "date-fns/startOfWeek";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inUtc, UtcDate } from "../../../src/time/_internal/UtcDate.ts";
import { wideInstantMs } from "../../_helpers/timeArbitraries.ts";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const MODULE = pathToFileURL(fileURLToPath(new URL("../../../src/time/_internal/UtcDate.ts", import.meta.url))).href;

describe("UtcDate", () => {
  it("reads its UTC fields through the local getters, with offset 0", () => {
    fc.assert(
      fc.property(wideInstantMs, (t) => {
        const d = new UtcDate(t);
        const u = new Date(t);
        expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getDay()]).toEqual([
          u.getUTCFullYear(),
          u.getUTCMonth(),
          u.getUTCDate(),
          u.getUTCDay(),
        ]);
        expect([d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset()]).toEqual([
          u.getUTCHours(),
          u.getUTCMinutes(),
          u.getUTCSeconds(),
          u.getUTCMilliseconds(),
          0,
        ]);
      }),
    );
  });

  it("writes its UTC fields through the local setters, with the same optional arguments", () => {
    const field = fc.integer({ min: -1000, max: 1000 });
    fc.assert(
      fc.property(
        fc.integer({ min: -1e15, max: 1e15 }),
        fc.integer({ min: -5000, max: 5000 }),
        fc.array(field, { maxLength: 3 }),
        (t, year, rest) => {
          const d = new UtcDate(t);
          const u = new Date(t);
          d.setFullYear(year, ...rest.slice(0, 2));
          u.setUTCFullYear(year, ...rest.slice(0, 2));
          d.setMonth(...(rest as [number]));
          u.setUTCMonth(...(rest as [number]));
          d.setHours(rest[0] ?? 3, ...rest.slice(1));
          u.setUTCHours(rest[0] ?? 3, ...rest.slice(1));
          d.setDate(rest[1] ?? 7);
          u.setUTCDate(rest[1] ?? 7);
          d.setMinutes(rest[2] ?? 11, rest[0]);
          u.setUTCMinutes(rest[2] ?? 11, rest[0]);
          d.setSeconds(rest[0] ?? 5);
          u.setUTCSeconds(rest[0] ?? 5);
          d.setMilliseconds(rest[1] ?? 9);
          u.setUTCMilliseconds(rest[1] ?? 9);
          expect(d.getTime()).toBe(u.getTime());
        },
      ),
    );
  });

  it("stays a UtcDate through date-fns, with or without the inUtc context", () => {
    const d = new UtcDate(Date.UTC(2024, 0, 31, 13));
    const viaContext = addMonths(d, 1, { in: inUtc });
    const viaSymbol = addMonths(d, 1);
    expect(viaContext).toBeInstanceOf(UtcDate);
    expect(viaSymbol).toBeInstanceOf(UtcDate);
    expect(viaContext.toISOString()).toBe("2024-02-29T13:00:00.000Z");
    expect(viaSymbol.getTime()).toBe(viaContext.getTime());
    expect(inUtc("2024-02-29T13:00:00Z").getTime()).toBe(viaContext.getTime());
    expect(inUtc(viaContext)).not.toBe(viaContext);
  });

  it("gives date-fns the same answers whatever the machine's zone, on the day Apia skipped", () => {
    // TZDate from @date-fns/tz in zone "UTC" gets both wrong under TZ=Pacific/Apia (2011-12-31).
    const probe = `
      import { addMonths } from "date-fns/addMonths";
      import { startOfWeek } from "date-fns/startOfWeek";
      import { inUtc, UtcDate } from ${JSON.stringify(MODULE)};
      const saturday = new UtcDate(Date.UTC(2011, 11, 31, 12));
      console.log(JSON.stringify([
        startOfWeek(saturday, { weekStartsOn: 5, in: inUtc }).toISOString(),
        addMonths(new UtcDate(Date.UTC(2011, 10, 30, 0, 30)), 1, { in: inUtc }).toISOString(),
        new Date(2011, 11, 30, 12).getDate(),
      ]));`;
    const expected = [
      startOfWeek(new UtcDate(Date.UTC(2011, 11, 31, 12)), { weekStartsOn: 5, in: inUtc }).toISOString(),
      "2011-12-30T00:30:00.000Z",
    ];
    expect(expected[0]).toBe("2011-12-30T00:00:00.000Z");
    for (const tz of ["UTC", "Pacific/Apia", "Australia/Lord_Howe", "America/New_York"]) {
      const stdout = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", probe], {
        cwd: REPO,
        env: { ...process.env, TZ: tz },
        encoding: "utf8",
      });
      const [week, month, localDay] = JSON.parse(stdout) as [string, string, number];
      expect([week, month], tz).toEqual(expected);
      // The child really ran in its zone: a local-time Date on 2011-12-30 does not exist in Apia.
      expect(localDay, tz).toBe(tz === "Pacific/Apia" ? 31 : 30);
    }
  });
});
