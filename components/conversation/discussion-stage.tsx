import { getLocale, getTranslations } from "next-intl/server";
import { LanguageRegion } from "@/components/i18n/language-region";
import { messagesFor } from "@/lib/i18n/load-messages";
import { languageEndonyms, type ParentLocale } from "@/lib/i18n/locales";
import type { ConversationComparison } from "@/lib/data/conversation-comparison";
import { AddAgreementForm, AppointmentForm } from "./agreement-forms";
import { AgreementList } from "./agreement-list";
import { ComparisonOverview } from "./comparison-overview";
import { PromptsPanel } from "./prompts-panel";
import { SectionCard } from "./section-card";
import { TitledSection } from "@/components/ui/titled-section";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";

/**
 * After the reveal: one overview of both views (each item opens to its detail), the prompts once,
 * then the agreements (one tap away from the top) and the next appointment. The comparison can be
 * shown in the parent's language (`inParentLanguage`), so a parent beside the professional
 * follows the reveal in their own words; the rest of the screen stays the professional's.
 */
export async function DiscussionStage({ comparison, inParentLanguage }: { comparison: ConversationComparison; inParentLanguage?: { comparison: ConversationComparison; locale: ParentLocale } }) {
  const [t, locale] = await Promise.all([getTranslations("Conversation"), getLocale()]);
  const appointment = comparison.appointment ? amsterdamParts(comparison.appointment.at) : { date: "", time: "" };
  return (
    <>
      <TitledSection id="comparison" title={t("comparisonTitle")} size="page">
        <div className="no-print flex flex-wrap items-center gap-3">
          {comparison.parentLocale !== locale ? <ComparisonLanguageSwitch conversationId={comparison.id} options={[locale as ParentLocale, comparison.parentLocale]} current={inParentLanguage?.locale ?? locale} /> : null}
          <ButtonLink native href="#agreements" variant="secondary" size="sm" className="ms-auto">
            <span aria-hidden="true">↓</span>
            {t("toAgreements")}
          </ButtonLink>
        </div>
        {comparison.revealedEarly ? <Notice tone="warning">{t("revealedEarly")}</Notice> : null}
        {inParentLanguage ? (
          <LanguageRegion locale={inParentLanguage.locale} messages={messagesFor(inParentLanguage.locale)} className="space-y-4">
            <ComparisonOverview comparison={inParentLanguage.comparison} variant="reveal" labelledBy="comparison" editable={comparison.canEdit} locale={inParentLanguage.locale} />
            <PromptsPanel comparison={inParentLanguage.comparison} locale={inParentLanguage.locale} readAloud />
          </LanguageRegion>
        ) : (
          <>
            <ComparisonOverview comparison={comparison} variant="reveal" labelledBy="comparison" editable={comparison.canEdit} />
            <PromptsPanel comparison={comparison} locale={locale} />
          </>
        )}
      </TitledSection>
      <SectionCard id="agreements" title={t("agreementsTitle")}>
        <AgreementList agreements={comparison.agreements} editIn={comparison.canEdit ? comparison.id : undefined} />
        {comparison.canEdit ? <AddAgreementForm conversationId={comparison.id} /> : null}
      </SectionCard>
      <SectionCard id="appointment" title={t("appointmentTitle")}>
        {comparison.canEdit ? (
          <AppointmentForm conversationId={comparison.id} date={appointment.date} time={appointment.time} place={comparison.appointment?.place ?? ""} />
        ) : null}
        {comparison.appointment ? (
          <TextLink native href={`/api/gesprekken/${comparison.id}/volgend-gesprek`}>
            {t("calendar")}
          </TextLink>
        ) : null}
      </SectionCard>
      <ButtonLink href={`/gesprekken/${comparison.id}/samenvatting`}>{t("summaryLink")}</ButtonLink>
    </>
  );
}

/** Links, not buttons: the language of the comparison lives in the address, so a reload keeps it. */
async function ComparisonLanguageSwitch({ conversationId, options, current }: { conversationId: string; options: ParentLocale[]; current: string }) {
  const t = await getTranslations("Conversation");
  return (
    <nav aria-label={t("comparisonLanguage")} className="no-print flex flex-wrap items-center gap-2">
      <span className="text-base text-ink-soft">{t("comparisonLanguage")}</span>
      {options.map((option, index) => (
        <ButtonLink
          key={option}
          href={index === 0 ? `/gesprekken/${conversationId}` : `/gesprekken/${conversationId}?taal=${option}`}
          lang={option}
          aria-current={option === current ? "true" : undefined}
          variant="quiet"
          size="sm"
        >
          {languageEndonyms[option]}
        </ButtonLink>
      ))}
    </nav>
  );
}

function amsterdamParts(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
