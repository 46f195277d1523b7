import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ConversationReview } from "@/lib/data/conversation-review";
import { AddAgreementForm, AppointmentForm } from "./agreement-forms";
import { AgreementList } from "./agreement-list";
import { ReviewList } from "./review-list";
import { SectionCard } from "./section-card";
import { TitledSection } from "@/components/ui/titled-section";

/** After the reveal: both views side by side, the agreements, the next appointment. */
export async function DiscussionPhase({ review }: { review: ConversationReview }) {
  const t = await getTranslations("Conversation");
  const appointment = review.appointment ? amsterdamParts(review.appointment.at) : { date: "", time: "" };
  return (
    <>
      <TitledSection id="review" title={t("reviewTitle")} size="page">
        {review.revealedEarly ? <p className="rounded-xl bg-warm-100 p-4 text-lg text-warm-700">{t("revealedEarly")}</p> : null}
        <ReviewList review={review} editable={review.canEdit} />
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
          <a href={`/api/gesprekken/${review.id}/afspraak`} className="inline-flex min-h-12 items-center text-lg text-teal-700 underline">
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

function amsterdamParts(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
