import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { InstrumentSection } from "@/components/instruments/instrument-section";
import { PhaseList } from "@/components/instruments/phase-list";
import { PracticeTips } from "@/components/instruments/practice-tips";
import { ButtonLink } from "@/components/ui/button";
import { getInstrumentCatalogue } from "@/lib/data/instruments";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Instruments");
  return { title: t("title") };
}

export default async function InstrumentsPage() {
  const locale = await getLocale();
  const [t, catalogue] = await Promise.all([getTranslations("Instruments"), getInstrumentCatalogue(locale)]);
  return (
    <div className="space-y-12">
      <header className="space-y-4">
        <h1 className="text-4xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-xl leading-relaxed text-ink-soft">{t("intro")}</p>
        {catalogue.instruments.length === 0 ? <p role="status">{t("empty")}</p> : null}
        <nav aria-label={t("onThisPage")} className="no-print flex flex-wrap gap-2">
          {catalogue.instruments.map((instrument) => (
            <ButtonLink key={instrument.key} native href={`#${instrument.key}`} variant="quiet" size="sm">
              {instrument.name}
            </ButtonLink>
          ))}
          <ButtonLink native href="#phases" variant="quiet" size="sm">
            {t("phasesTitle")}
          </ButtonLink>
        </nav>
      </header>
      {catalogue.instruments.map((instrument) => (
        <InstrumentSection key={instrument.key} instrument={instrument} locale={locale} />
      ))}
      <PhaseList phases={catalogue.phases} locale={locale} />
      <PracticeTips tips={catalogue.practiceTips} locale={locale} />
    </div>
  );
}
