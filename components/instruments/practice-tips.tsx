import { getTranslations } from "next-intl/server";
import type { CatalogueDto } from "@/lib/data/instruments";
import { ContentText } from "@/components/ui/content-text";
import { TitledSection } from "@/components/ui/titled-section";

export async function PracticeTips({ tips, locale }: { tips: CatalogueDto["practiceTips"]; locale: string }) {
  const t = await getTranslations("Instruments");
  return (
    <TitledSection id="tips-title" title={t("tipsTitle")} size="page">
      <ul className="list-disc space-y-2 ps-6 text-lg leading-relaxed">
        {tips.map((tip) => (
          <ContentText key={tip.key} as="li" locale={tip.locale} pageLocale={locale}>
            {tip.text}
          </ContentText>
        ))}
      </ul>
      <p className="text-base text-ink-soft">{t("tipsSource")}</p>
    </TitledSection>
  );
}
