import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageRegion } from "@/components/i18n/language-region";
import { messagesFor } from "@/lib/i18n/load-messages";
import { languageEndonyms, type ParentLocale } from "@/lib/i18n/locales";
import type { ConversationReview } from "@/lib/data/conversation-review";
import { AddAgreementForm, AppointmentForm } from "./agreement-forms";
import { AgreementList } from "./agreement-list";
import { ReviewList } from "./review-list";
import { SectionCard } from "./section-card";
import { TitledSection } from "@/components/ui/titled-section";

/**
 * After the reveal: both views side by side, the agreements, the next appointment. The answers
 * can be shown in the parent's language (`answersIn`), so a parent beside the professional
 * follows the reveal in their own words; the rest of the screen stays the professional's.
 */
export async function DiscussionStage({ review, answersIn }: { review: ConversationReview; answersIn?: { review: ConversationReview; locale: ParentLocale } }) {
  const [t, locale] = await Promise.all([getTranslations("Conversation"), getLocale()]);
  const appointment = review.appointment ? amsterdamParts(review.appointment.at) : { date: "", time: "" };
  return (
    <>
      <TitledSection id="review" title={t("reviewTitle")} size="page">
        {review.revealedEarly ? <p className="rounded-xl bg-warm-100 p-4 text-lg text-warm-700">{t("revealedEarly")}</p> : null}
        {review.parentLocale !== locale ? <AnswersLanguageSwitch conversationId={review.id} options={[locale as ParentLocale, review.parentLocale]} current={answersIn?.locale ?? locale} /> : null}
        {answersIn ? (
          <LanguageRegion locale={answersIn.locale} messages={messagesFor(answersIn.locale)}>
            <ReviewList review={answersIn.review} editable={review.canEdit} locale={answersIn.locale} />
          </LanguageRegion>
        ) : (
          <ReviewList review={review} editable={review.canEdit} />
        )}
      </TitledSection>
      <SectionCard id="agreements" title={t("agreementsTitle")}>
        <AgreementList agreements={review.agreements} />
        {review.canEdit ? <AddAgreementForm conversationId={review.id} /> : null}
      </SectionCard>
      <SectionCard id="appointment" title={t("appointmentTitle")}>
        {review.canEdit ? (
          <AppointmentForm conversationId={review.id} date={appointment.date} time={appointment.time} place={review.appointment?.place ?? ""} />
        ) : null}
        {review.appointment ? (
          <a href={`/api/gesprekken/${review.id}/volgend-gesprek`} className="inline-flex min-h-12 items-center text-lg text-teal-700 underline">
            {t("calendar")}
          </a>
        ) : null}
      </SectionCard>
      <Link
        href={`/gesprekken/${review.id}/samenvatting`}
        className="inline-flex min-h-12 items-center rounded-full bg-teal-700 px-6 text-lg font-semibold text-white"
      >
        {t("summaryLink")}
      </Link>
    </>
  );
}

/** Links, not buttons: the language of the answers lives in the address, so a reload keeps it. */
async function AnswersLanguageSwitch({ conversationId, options, current }: { conversationId: string; options: ParentLocale[]; current: string }) {
  const t = await getTranslations("Conversation");
  return (
    <nav aria-label={t("answersIn")} className="no-print flex flex-wrap items-center gap-2">
      <span className="text-base text-ink-soft">{t("answersIn")}</span>
      {options.map((option, index) => (
        <Link
          key={option}
          href={index === 0 ? `/gesprekken/${conversationId}` : `/gesprekken/${conversationId}?taal=${option}`}
          lang={option}
          aria-current={option === current ? "true" : undefined}
          className="flex min-h-11 items-center rounded-full border-2 border-line bg-card px-4 aria-[current]:border-teal-700 aria-[current]:bg-teal-700 aria-[current]:text-white"
        >
          {languageEndonyms[option]}
        </Link>
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
