import { readFileSync } from "node:fs";
import path from "node:path";

// The app's own message catalogues, so a spec finds what a screen says in any language by the
// same key the screen uses, rather than by a copy of the text.

/** One language's catalogue, as lib/i18n/messages holds it. */
export const messagesOf = (locale: string): unknown => JSON.parse(readFileSync(path.join(import.meta.dirname, `../../lib/i18n/messages/${locale}.json`), "utf8"));

/** The message at a dotted key ("Conversation.scale.4"). */
export const at = (messages: unknown, key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages) as string;

/** A lookup in this language's catalogue. */
export function messagesIn(locale: string): (key: string) => string {
  const messages = messagesOf(locale);
  return (key) => at(messages, key);
}
