import { getTranslations } from "next-intl/server";
import { ReadAloudButton } from "@/components/parent/read-aloud-button";
import type { ConversationComparison } from "@/lib/data/conversation-comparison";
import type { ParentLocale } from "@/lib/i18n/locales";
import { SectionCard } from "./section-card";

/**
 * The praatplaat's conversation prompts, once for the whole talk: they fit every item, so they
 * sit beside the overview rather than on each row. In the parent's language each can be read aloud.
 */
export async function PromptsPanel({ comparison, locale, readAloud = false }: { comparison: ConversationComparison; locale: ParentLocale; readAloud?: boolean }) {
  if (comparison.prompts.length === 0) return null;
  const [t, tParent] = await Promise.all([getTranslations({ locale, namespace: "Conversation" }), getTranslations({ locale, namespace: "Parent" })]);
  return (
    <SectionCard id="prompts" title={t("promptsTitle")}>
      <ul className="list-disc space-y-1 ps-6 text-lg">
        {comparison.prompts.map((prompt, index) => (
          <li key={prompt}>
            <span className="flex items-start justify-between gap-3">
              {prompt}
              {readAloud ? (
                <ReadAloudButton
                  text={prompt}
                  lang={locale}
                  label={tParent("readText")}
                  fallbacks={{ nl: comparison.promptFallbacks.nl[index], en: comparison.promptFallbacks.en[index] }}
                />
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </SectionCard>
  );
}
