import { getTranslations } from "next-intl/server";
import type { InstrumentDto } from "@/lib/data/instruments";
import { PRAATPLAAT } from "@/lib/domain";
import { TwelveQuestionsIntent } from "@/components/guidance/twelve-questions-intent";
import { ContentText } from "@/components/ui/content-text";
import { PartnershipClusters } from "./partnership-clusters";
import { PromptList } from "./prompt-list";
import { QuestionList } from "./question-list";
import { ThemeGrid } from "./theme-grid";

export async function InstrumentSection({ instrument, locale }: { instrument: InstrumentDto; locale: string }) {
  const t = await getTranslations("Instruments");
  const tc = await getTranslations("Common");
  const headingId = `${instrument.key}-title`;
  return (
    <section id={instrument.key} aria-labelledby={headingId} className="scroll-mt-6 space-y-5">
      <div className="space-y-2">
        <ContentText as="h2" locale={instrument.locale} pageLocale={locale} className="text-3xl font-semibold">
          <span id={headingId}>{instrument.name}</span>
        </ContentText>
        <ContentText as="p" locale={instrument.locale} pageLocale={locale} className="max-w-3xl text-lg text-ink-soft">
          {instrument.summary}
        </ContentText>
        <p className="text-base text-ink-soft">
          {t("itemCount", { count: instrument.items.length })} · {t("source", { source: instrument.source })}
        </p>
        {instrument.checkedByNativeSpeaker ? null : (
          <p className="text-base italic text-ink-soft">{tc("uncheckedTranslation")}</p>
        )}
      </div>
      {instrument.key === PRAATPLAAT ? (
        <>
          <PromptList prompts={instrument.prompts} locale={locale} />
          <ThemeGrid items={instrument.items} locale={locale} />
        </>
      ) : instrument.clusters.length > 0 ? (
        <PartnershipClusters instrument={instrument} locale={locale} />
      ) : (
        <>
          <TwelveQuestionsIntent />
          <QuestionList items={instrument.items} locale={locale} />
        </>
      )}
    </section>
  );
}
