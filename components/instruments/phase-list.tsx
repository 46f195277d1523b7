import { getTranslations } from "next-intl/server";
import type { PhaseDto } from "@/lib/data/instruments";
import { Card } from "@/components/ui/card";
import { ContentText } from "@/components/ui/content-text";

export async function PhaseList({ phases, locale }: { phases: PhaseDto[]; locale: string }) {
  const t = await getTranslations("Instruments");
  return (
    <section id="phases" aria-labelledby="phases-title" className="scroll-mt-6 space-y-4">
      <h2 id="phases-title" className="text-3xl font-semibold">
        {t("phasesTitle")}
      </h2>
      <p className="text-lg text-ink-soft">{t("phasesIntro")}</p>
      <ol className="grid grid-cols-1 gap-4 md:grid-cols-3">
        {phases.map((phase, index) => (
          <Card as="li" key={phase.key} padding="md" className="space-y-2">
            <p aria-hidden="true" className="text-sm font-semibold uppercase tracking-wide text-warm-700">
              {index + 1} / {phases.length}
            </p>
            <ContentText as="h3" locale={phase.locale} pageLocale={locale} className="text-xl font-semibold">
              {phase.name}
            </ContentText>
            <ContentText as="p" locale={phase.locale} pageLocale={locale} className="text-lg leading-relaxed">
              {phase.description}
            </ContentText>
          </Card>
        ))}
      </ol>
    </section>
  );
}
