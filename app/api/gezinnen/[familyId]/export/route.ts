import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { recordAudit } from "@/lib/audit/record";
import { familyFor } from "@/lib/auth/gate";
import { getCurrentUser } from "@/lib/auth/session";
import { renderFamilyExportPdf } from "@/lib/conversation/family-export-pdf";
import { getFamilyExport } from "@/lib/data/family-export";
import { db } from "@/lib/db";
import { languageName } from "@/lib/i18n/family-languages";

// Everything stored about one family, for a parent who asks (the AVG's right of access): as JSON
// (`?vorm=json`) or as a readable PDF. The family's professionals and the admin only; recorded.
export async function GET(request: Request, { params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first", { status: 401 });
  const locale = await getLocale();
  const family = await familyFor(user, familyId, "read");
  const data = family ? await getFamilyExport(family, locale) : null;
  if (!data) return new Response("Not found", { status: 404 });
  await recordAudit(db, { organisationId: user.organisationId, actorId: user.id, action: "FAMILY_EXPORTED", family: { id: familyId, label: data.family.label } });
  const fileName = `gezin-${data.family.label.replace(/[^A-Za-z0-9]+/g, "-")}`;
  if (new URL(request.url).searchParams.get("vorm") === "json") {
    return new Response(JSON.stringify(data, null, 2), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}.json"`, "Cache-Control": "no-store" },
    });
  }
  const [t, tc, ta, format] = await Promise.all([getTranslations("Families"), getTranslations("Conversation"), getTranslations("Admin"), getFormatter()]);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
  const pdf = await renderFamilyExportPdf(data, {
    locale,
    title: t("exportTitle"),
    labels: {
      organisation: ta("title"),
      team: t("team"),
      homeLanguage: t("language"),
      followedBy: t("professionals"),
      professional: tc("professional"),
      parent: tc("parent"),
      note: tc("note"),
      consent: tc("consentTitle"),
      agreements: tc("agreementsTitle"),
      nextMeeting: tc("appointmentTitle"),
      auditTrail: ta("auditTitle"),
      noRating: tc("noRating"),
    },
    conversation: (conversation) => [date(conversation.startedAt), conversation.phase, conversation.professional].filter(Boolean).join(" · "),
    consent: (consent) =>
      [consent.answer === null ? "—" : consent.answer ? tc("consentYes") : tc("consentNo"), consent.answeredAt ? date(consent.answeredAt) : null, consent.wording, consent.withdrawnAt ? `↩ ${date(consent.withdrawnAt)}` : null]
        .filter(Boolean)
        .join(" · "),
    rating: (rating) =>
      [rating.value === null ? tc("unknownShort") : `${rating.value} · ${tc(`scale.${rating.value as 1 | 2 | 3 | 4 | 5}`)}`, rating.comment ? `“${rating.comment}”` : null, rating.locale ? languageName(rating.locale, locale) : null]
        .filter(Boolean)
        .join(" · "),
    agreement: (agreement) => [agreement.text, tc(`owners.${agreement.owner as "PARENT" | "PROFESSIONAL" | "TOGETHER"}`), agreement.dueDate, tc(`statuses.${agreement.status as "OPEN" | "DONE" | "NOT_DONE"}`)].filter(Boolean).join(" · "),
    date,
    action: (action) => (ta.has(`actions.${action}` as never) ? ta(`actions.${action}` as never) : action),
  });
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${fileName}.pdf"`, "Cache-Control": "no-store" },
  });
}
