import { createTranslator } from "use-intl/core";
import { messagesFor } from "./load-messages";

/** The parent's fixed words in Dutch and English, for a device without a voice for their language. */
export interface ReadAloudWords {
  /** The six answer words: 1–5, then "weet ik niet". */
  options: Record<"nl" | "en", string[]>;
  consent: Record<"nl" | "en", string>;
}

export function readAloudWords(threshold: number): ReadAloudWords {
  const words = (locale: "nl" | "en") => {
    const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Conversation" });
    const options = (["1", "2", "3", "4", "5"] as const).map((value) => t(`scale.${value}`));
    return { options: [...options, t("unknown")], consent: `${t("consentTitle")} ${t("consentText", { threshold })}` };
  };
  const nl = words("nl");
  const en = words("en");
  return { options: { nl: nl.options, en: en.options }, consent: { nl: nl.consent, en: en.consent } };
}
