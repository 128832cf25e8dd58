import type { Recognizer } from "../recognizer.ts";
import { emailRecognizer } from "./email.ts";
import { placeholderLiteralRecognizer } from "./placeholder-literal.ts";

/** Every recognizer the engine runs by default. */
export function defaultRecognizers(): Recognizer[] {
  return [placeholderLiteralRecognizer, emailRecognizer];
}
