// moduleResolution Bundler (module Preserve): resolves the "import" conditions (dist/**/*.d.ts).
import * as clientele from "clientele";
import { type ClienteleErrorCode, ClienteleInputError, isClienteleError } from "clientele/errors";

const code: ClienteleErrorCode = "invalid_input";
const error: unknown = new ClienteleInputError("consumer: invalid input");

export const recognised: boolean = isClienteleError(error, code) && clientele.isClienteleError(error);

// @ts-expect-error not a ClienteleErrorCode
export const notACode: ClienteleErrorCode = "no_such_code";
