import { describeReceived } from "../../_lib/describeReceived.ts";
import { throwInvalidValue } from "../../_lib/invalidValue.ts";

/**
 * Throws `invalid_input` for an option that does not fit the data it marks (e.g. a calibration end after
 * the last period), naming the allowed range.
 *
 * @internal
 */
export function throwOutOfRange(
  fn: string,
  path: readonly (string | number)[],
  value: unknown,
  expected: string,
): never {
  const received = describeReceived(value);
  throwInvalidValue(fn, path, `expected ${expected}, received ${received}`, expected, received);
}
