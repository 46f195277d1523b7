import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ParentLanguageSwitch } from "@/components/parent/language-switch";
import { PrivacyDetails } from "@/components/parent/privacy-details";
import { WithdrawConsent } from "@/components/parent/withdraw-consent";
import { languageName } from "@/lib/i18n/family-languages";
import type { ConversationComparison } from "@/lib/data/conversation-comparison";
import { AgreementList } from "./agreement-list";
import { ComparisonOverview } from "./comparison-overview";
import { PrintButton } from "./print-button";
import { TitledSection } from "@/components/ui/titled-section";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";

/**
 * What the parent takes home: first what they agreed and when they meet again, then the overview
 * of both views with the comments and notes; not the prompts, not each item's detail. On the
 * parent's own device (`forParent`) it is in their language, with their language switch and a
 * Dutch copy; the professional gets a PDF in the parent's language to hand over.
 */
export async function ConversationSummary({ comparison, calendarHref, forParent = false }: { comparison: ConversationComparison; calendarHref: string | null; forParent?: boolean }) {
  const [t, tParent, format, locale] = await Promise.all([getTranslations("Conversation"), getTranslations("Parent"), getFormatter(), getLocale()]);
  const pdf = `/api/gesprekken/${comparison.id}/samenvatting`;
  return (
    <article className="space-y-6">
      {forParent ? <ParentLanguageSwitch current={comparison.parentLocale} conversationId={comparison.id} /> : null}
      <PageHeader
        title={t("summaryTitle")}
        intro={t("summaryMeta", { family: comparison.familyLabel, phase: comparison.phaseName, date: format.dateTime(comparison.createdAt, { dateStyle: "long" }) })}
        actions={
          <>
            <PrintButton label={t("print")} />
            <TextLink native href={forParent ? `${pdf}?taal=${comparison.parentLocale}` : pdf}>
              {t("downloadPdf")}
            </TextLink>
            {forParent && comparison.parentLocale !== "nl" ? (
              <TextLink native href={`${pdf}?taal=nl`} hrefLang="nl">
                {tParent("dutchCopy")}
              </TextLink>
            ) : null}
            {!forParent && comparison.parentLocale !== locale ? (
              <TextLink native href={`${pdf}?taal=${comparison.parentLocale}`} hrefLang={comparison.parentLocale}>
                {t("parentLanguagePdf", { language: languageName(comparison.parentLocale, locale) })}
              </TextLink>
            ) : null}
          </>
        }
      />
      <TitledSection id="summary-agreements" title={t("agreementsTitle")} className="space-y-3 break-inside-avoid">
        <AgreementList agreements={comparison.agreements} />
      </TitledSection>
      {comparison.appointment ? (
        <TitledSection id="summary-appointment" title={t("appointmentTitle")} className="space-y-2 break-inside-avoid">
          <p className="text-xl">
            {t("appointmentAt", {
              date: format.dateTime(comparison.appointment.at, { dateStyle: "full", timeZone: "Europe/Amsterdam" }),
              time: format.dateTime(comparison.appointment.at, { timeStyle: "short", timeZone: "Europe/Amsterdam" }),
            })}
            {comparison.appointment.place ? ` · ${comparison.appointment.place}` : ""}
          </p>
          {calendarHref ? (
            <TextLink native href={calendarHref} className="no-print">
              {t("calendar")}
            </TextLink>
          ) : null}
        </TitledSection>
      ) : null}
      <TitledSection id="summary-ratings" title={t("summaryRatings")}>
        {comparison.items.length > 0 ? <ComparisonOverview comparison={comparison} variant="summary" labelledBy="summary-ratings" /> : <p className="text-lg">{t("summaryNone")}</p>}
      </TitledSection>
      {forParent && comparison.consent ? <WithdrawConsent conversationId={comparison.id} /> : null}
      {forParent ? <PrivacyDetails /> : null}
    </article>
  );
}
