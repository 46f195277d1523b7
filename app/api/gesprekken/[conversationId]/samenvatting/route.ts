import { recordConversationAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { conversationForDevice } from "@/lib/auth/gate";
import { gapOf } from "@/lib/conversation/compare";
import { isolate } from "@/lib/conversation/pdf-text";
import { renderSummaryPdf } from "@/lib/conversation/summary-pdf";
import { getConversationComparison, getParentSummary } from "@/lib/data/conversation-comparison";
import { getParentLocale } from "@/lib/data/conversations";
import { isParentLocale } from "@/lib/i18n/locales";

// The summary to take home as a PDF file: for the professional, and for the parent's phone once
// the ratings are revealed. The parent's device gets it in the parent's language, the
// professional in theirs; `?taal=nl` (any parent language) asks for a copy in that language.
export async function GET(request: Request, { params }: { params: Promise<{ conversationId: string }> }) {
  const { conversationId } = await params;
  const access = await conversationForDevice(conversationId);
  if (!access) return new Response("Not found", { status: 404 });
  const { caller } = access;
  const requested = new URL(request.url).searchParams.get("taal");
  const locale = isParentLocale(requested) ? requested : caller.kind === "professional" ? await getLocale() : await getParentLocale(access);
  const comparison = caller.kind === "professional" ? await getConversationComparison(access, locale) : await getParentSummary(access, locale);
  if (!comparison) return new Response("Not found", { status: 404 });
  const actorId = caller.kind === "professional" ? caller.user.id : caller.kind === "tablet" ? caller.professionalId : null;
  await recordConversationAudit(db, { conversationId, actorId, action: "SUMMARY_DOWNLOADED" });

  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "Conversation" }), getFormatter({ locale })]);
  const pdf = await renderSummaryPdf(comparison, {
    locale,
    title: t("summaryTitle"),
    meta: t("summaryMeta", { family: isolate(comparison.familyLabel), phase: comparison.phaseName, date: format.dateTime(comparison.createdAt, { dateStyle: "long" }) }),
    ratingsTitle: t("summaryRatings"),
    parent: t("parent"),
    professional: t("professional"),
    rating: (rating) =>
      !rating ? t("noRating") : rating.value === null ? t("unknownShort") : `${rating.value} · ${t(`scale.${rating.value as 1 | 2 | 3 | 4 | 5}`)}`,
    gap: (comparison) => [t(`gap.${gapOf(comparison)}`), comparison.highlight === "sharedStrength" ? t("sharedStrength") : null].filter(Boolean).join(" · "),
    note: t("note"),
    agreementsTitle: t("agreementsTitle"),
    agreement: (agreement) =>
      [agreement.text, t(`owners.${agreement.owner}`), agreement.dueDate ? t("due", { date: format.dateTime(new Date(`${agreement.dueDate}T12:00:00Z`), { dateStyle: "long" }) }) : null]
        .filter(Boolean)
        .join(" · "),
    noAgreements: t("noAgreements"),
    appointmentTitle: t("appointmentTitle"),
    appointment: comparison.appointment
      ? t("appointmentAt", {
          date: format.dateTime(comparison.appointment.at, { dateStyle: "full", timeZone: "Europe/Amsterdam" }),
          time: format.dateTime(comparison.appointment.at, { timeStyle: "short", timeZone: "Europe/Amsterdam" }),
        }) + (comparison.appointment.place ? ` · ${comparison.appointment.place}` : "")
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
