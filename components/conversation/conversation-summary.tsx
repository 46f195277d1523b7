import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ParentLanguageSwitch } from "@/components/parent/language-switch";
import { PrivacyDetails } from "@/components/parent/privacy-details";
import { WithdrawConsent } from "@/components/parent/withdraw-consent";
import { languageName } from "@/lib/i18n/family-languages";
import type { ConversationReview } from "@/lib/data/conversation-review";
import { AgreementList } from "./agreement-list";
import { ReviewList } from "./review-list";
import { PrintButton } from "./print-button";
import { TitledSection } from "@/components/ui/titled-section";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";

/**
 * What the parent takes home: both views, the notes, the agreements, the next appointment. On the
 * parent's own device (`forParent`) it is in their language, with their language switch and a
 * Dutch copy; the professional gets a PDF in the parent's language to hand over.
 */
export async function ConversationSummary({ review, calendarHref, forParent = false }: { review: ConversationReview; calendarHref: string | null; forParent?: boolean }) {
  const [t, tParent, format, locale] = await Promise.all([getTranslations("Conversation"), getTranslations("Parent"), getFormatter(), getLocale()]);
  const pdf = `/api/gesprekken/${review.id}/samenvatting`;
  return (
    <article className="space-y-6">
      {forParent ? <ParentLanguageSwitch current={review.parentLocale} conversationId={review.id} /> : null}
      <PageHeader
        title={t("summaryTitle")}
        intro={t("summaryMeta", { family: review.familyLabel, phase: review.phaseName, date: format.dateTime(review.createdAt, { dateStyle: "long" }) })}
        actions={
          <>
            <PrintButton label={t("print")} />
            <TextLink native href={forParent ? `${pdf}?taal=${review.parentLocale}` : pdf}>
              {t("downloadPdf")}
            </TextLink>
            {forParent && review.parentLocale !== "nl" ? (
              <TextLink native href={`${pdf}?taal=nl`} hrefLang="nl">
                {tParent("dutchCopy")}
              </TextLink>
            ) : null}
            {!forParent && review.parentLocale !== locale ? (
              <TextLink native href={`${pdf}?taal=${review.parentLocale}`} hrefLang={review.parentLocale}>
                {t("parentLanguagePdf", { language: languageName(review.parentLocale, locale) })}
              </TextLink>
            ) : null}
          </>
        }
      />
      <TitledSection id="summary-ratings" title={t("summaryRatings")}>
        {review.items.length > 0 ? <ReviewList review={review} editable={false} readAloudIn={forParent ? review.parentLocale : undefined} /> : <p className="text-lg">{t("summaryNone")}</p>}
      </TitledSection>
      <TitledSection id="summary-agreements" title={t("agreementsTitle")} className="space-y-3 break-inside-avoid">
        <AgreementList agreements={review.agreements} />
      </TitledSection>
      {review.appointment ? (
        <TitledSection id="summary-appointment" title={t("appointmentTitle")} className="space-y-2 break-inside-avoid">
          <p className="text-xl">
            {t("appointmentAt", {
              date: format.dateTime(review.appointment.at, { dateStyle: "full", timeZone: "Europe/Amsterdam" }),
              time: format.dateTime(review.appointment.at, { timeStyle: "short", timeZone: "Europe/Amsterdam" }),
            })}
            {review.appointment.place ? ` · ${review.appointment.place}` : ""}
          </p>
          {calendarHref ? (
            <TextLink native href={calendarHref} className="no-print">
              {t("calendar")}
            </TextLink>
          ) : null}
        </TitledSection>
      ) : null}
      {forParent && review.consent ? <WithdrawConsent conversationId={review.id} /> : null}
      {forParent ? <PrivacyDetails /> : null}
    </article>
  );
}
