// Error round-trip between the two copies of the package loaded in one process (the dual-package
// hazard): an error thrown by the CommonJS copy is recognised by `isClienteleError` from the ESM copy,
// and vice versa, where `instanceof` cannot work.

import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import * as esm from "clientele";
import { isClienteleError as isClienteleErrorFromSubpath } from "clientele/errors";

const cjs = createRequire(import.meta.url)("clientele");
const badRows = [{ customerId: "c-1", timestamp: "1997-01-01", amount: "not a number" }];

function thrownBy(copy) {
  try {
    copy.parseTransactions(badRows);
  } catch (error) {
    return error;
  }
  throw new Error("parseTransactions accepted a row whose amount is a string");
}

let failed = 0;
function check(name, condition, detail = "") {
  if (condition) console.log(`ok    ${name}`);
  else {
    failed++;
    console.log(`FAIL  ${name}${detail ? `: ${detail}` : ""}`);
  }
}

try {
  const fromCjs = thrownBy(cjs);
  const fromEsm = thrownBy(esm);
  check(
    "the ESM and CJS copies are distinct (ClienteleError classes differ)",
    esm.ClienteleError !== cjs.ClienteleError,
  );
  check("instanceof fails across copies (why isClienteleError exists)", !(fromCjs instanceof esm.ClienteleError));
  check("ESM isClienteleError recognises an error thrown by the CJS copy", esm.isClienteleError(fromCjs));
  check(
    "ESM isClienteleError(e, 'invalid_input') matches the CJS error's code",
    esm.isClienteleError(fromCjs, "invalid_input"),
  );
  check(
    "ESM isClienteleError(e, 'not_converged') rejects the CJS error",
    !esm.isClienteleError(fromCjs, "not_converged"),
  );
  check("clientele/errors (ESM) recognises the CJS error", isClienteleErrorFromSubpath(fromCjs, "invalid_input"));
  check(
    "CJS isClienteleError recognises an error thrown by the ESM copy",
    cjs.isClienteleError(fromEsm, "invalid_input"),
  );
  check(
    "isClienteleError rejects a plain Error",
    !esm.isClienteleError(new Error("x")) && !cjs.isClienteleError(new Error("x")),
  );
  const path = fromCjs.issues?.[0]?.path;
  check(
    "the CJS error carries the bad field's path",
    isDeepStrictEqual(path, ["rows", 0, "amount"]),
    JSON.stringify(path),
  );
  check(
    "the message starts with the function name",
    String(fromCjs.message).startsWith("parseTransactions"),
    fromCjs.message,
  );
} catch (error) {
  failed++;
  console.log(`FAIL  round-trip: ${error instanceof Error ? error.stack : String(error)}`);
}
process.exit(failed === 0 ? 0 : 1);
