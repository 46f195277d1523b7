import { createTranslator } from "use-intl/core";
import { messagesFor } from "./load-messages";

/** The parent's fixed words in Dutch and English, for a device without a voice for their language. */
export interface ReadAloudWords {
  /** The six scale words: 1–5, then "weet ik niet". */
  options: Record<"nl" | "en", string[]>;
  consent: Record<"nl" | "en", string>;
}

// The same few words for every conversation of an organisation: made once per threshold.
const cache = new Map<number, ReadAloudWords>();

export function readAloudWords(threshold: number): ReadAloudWords {
  const cached = cache.get(threshold);
  if (cached) return cached;
  const words = (locale: "nl" | "en") => {
    const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Conversation" });
    const options = (["1", "2", "3", "4", "5"] as const).map((value) => t(`scale.${value}`));
    return { options: [...options, t("unknown")], consent: `${t("consentTitle")} ${t("consentText", { threshold })}` };
  };
  const nl = words("nl");
  const en = words("en");
  const result = { options: { nl: nl.options, en: en.options }, consent: { nl: nl.consent, en: en.consent } };
  cache.set(threshold, result);
  return result;
}
