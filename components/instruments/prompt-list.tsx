import { getTranslations } from "next-intl/server";
import type { InstrumentDto } from "@/lib/data/instruments";
import { ContentText } from "@/components/ui/content-text";

export async function PromptList({ prompts, locale }: { prompts: InstrumentDto["prompts"]; locale: string }) {
  const t = await getTranslations("Instruments");
  return (
    <div className="rounded-2xl bg-teal-100 p-5">
      <h3 className="text-xl font-semibold text-teal-700">{t("promptsTitle")}</h3>
      <p className="mt-1 text-lg">{t("promptsIntro")}</p>
      <ol className="mt-3 list-decimal space-y-1 ps-6 text-lg">
        {prompts.map((prompt) => (
          <ContentText key={prompt.key} as="li" locale={prompt.locale} pageLocale={locale}>
            {prompt.text}
          </ContentText>
        ))}
      </ol>
    </div>
  );
}
