import { recordConversationAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { conversationForDevice } from "@/lib/auth/gate";
import { isolate } from "@/lib/conversation/pdf-text";
import { renderSummaryPdf } from "@/lib/conversation/summary-pdf";
import { getConversationReview, getParentSummary } from "@/lib/data/conversation-review";
import { getParentLocale } from "@/lib/data/conversations";
import { isParentLocale } from "@/lib/i18n/locales";

// The summary to take home as a PDF file: for the professional, and for the parent's phone once
// the answers are revealed. The parent's device gets it in the parent's language, the
// professional in theirs; `?taal=nl` (any parent language) asks for a copy in that language.
export async function GET(request: Request, { params }: { params: Promise<{ conversationId: string }> }) {
  const { conversationId } = await params;
  const access = await conversationForDevice(conversationId);
  if (!access) return new Response("Not found", { status: 404 });
  const { caller } = access;
  const requested = new URL(request.url).searchParams.get("taal");
  const locale = isParentLocale(requested) ? requested : caller.kind === "professional" ? await getLocale() : await getParentLocale(access);
  const review = caller.kind === "professional" ? await getConversationReview(access, locale) : await getParentSummary(access, locale);
  if (!review) return new Response("Not found", { status: 404 });
  const actorId = caller.kind === "professional" ? caller.user.id : caller.kind === "tablet" ? caller.professionalId : null;
  await recordConversationAudit(db, { conversationId, actorId, action: "SUMMARY_DOWNLOADED" });

  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "Conversation" }), getFormatter({ locale })]);
  const pdf = await renderSummaryPdf(review, {
    locale,
    title: t("summaryTitle"),
    meta: t("summaryMeta", { family: isolate(review.familyLabel), phase: review.phaseName, date: format.dateTime(review.createdAt, { dateStyle: "long" }) }),
    ratingsTitle: t("summaryRatings"),
    parent: t("parent"),
    professional: t("professional"),
    answer: (answer) =>
      !answer ? t("noAnswer") : answer.value === null ? t("unknownShort") : `${answer.value} · ${t(`scale.${answer.value as 1 | 2 | 3 | 4 | 5}`)}`,
    highlight: (highlight) => (highlight ? t(highlight) : ""),
    note: t("note"),
    agreementsTitle: t("agreementsTitle"),
    agreement: (agreement) =>
      [agreement.text, t(`owners.${agreement.owner}`), agreement.dueDate ? t("due", { date: format.dateTime(new Date(`${agreement.dueDate}T12:00:00Z`), { dateStyle: "long" }) }) : null]
        .filter(Boolean)
        .join(" · "),
    noAgreements: t("noAgreements"),
    appointmentTitle: t("appointmentTitle"),
    appointment: review.appointment
      ? t("appointmentAt", {
          date: format.dateTime(review.appointment.at, { dateStyle: "full", timeZone: "Europe/Amsterdam" }),
          time: format.dateTime(review.appointment.at, { timeStyle: "short", timeZone: "Europe/Amsterdam" }),
        }) + (review.appointment.place ? ` · ${review.appointment.place}` : "")
      : null,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="samenvatting-${locale}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
