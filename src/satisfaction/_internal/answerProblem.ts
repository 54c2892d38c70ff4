import { describeReceived } from "../../_lib/describeReceived.ts";
import type { ResponseScale } from "../ResponseScaleSchema.ts";

/**
 * Why `answer` is not a valid answer on `scale`, as the `expected …, received …` text of an issue; or
 * `undefined` when it is valid. A missing answer (`null`/`undefined`) is not judged here: the caller
 * applies its missing-answer policy first.
 *
 * @internal
 */
export function answerProblem(answer: unknown, scale: ResponseScale): string | undefined {
  if (typeof answer === "number" && answer >= scale.min && answer <= scale.max) {
    if (scale.integer !== true || Number.isInteger(answer)) return undefined;
  }
  const whole = scale.integer === true ? "a whole number" : "a number";
  return `expected ${whole} from ${scale.min} to ${scale.max}, received ${describeReceived(answer)}`;
}
