import type { AbstractIntlMessages } from "next-intl";
import ar from "./messages/ar.json";
import en from "./messages/en.json";
import nl from "./messages/nl.json";
import pl from "./messages/pl.json";
import tr from "./messages/tr.json";
import uk from "./messages/uk.json";
import type { ParentLocale } from "./locales";

// Dutch is complete; every other language is laid over it, so a text a language lacks reads in
// Dutch rather than as a key. The parent languages hold only what a parent reads.
const own: Record<ParentLocale, AbstractIntlMessages> = { nl, en, tr, ar, pl, uk };

function overlay(base: AbstractIntlMessages, top: AbstractIntlMessages): AbstractIntlMessages {
  const merged: AbstractIntlMessages = { ...base };
  for (const [key, value] of Object.entries(top)) {
    const under = merged[key];
    merged[key] = typeof value === "object" && typeof under === "object" ? overlay(under, value) : value;
  }
  return merged;
}

/** A language's own file, without the Dutch laid under it: what it has, and what it lacks. */
export function ownMessagesOf(locale: ParentLocale): AbstractIntlMessages {
  return own[locale];
}

const cache = new Map<ParentLocale, AbstractIntlMessages>();

export function messagesFor(locale: ParentLocale): typeof nl {
  let messages = cache.get(locale);
  if (!messages) {
    messages = locale === "nl" ? nl : overlay(nl, own[locale]);
    cache.set(locale, messages);
  }
  return messages as typeof nl;
}
