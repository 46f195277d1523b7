import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { EXPORT_SIZE, listAuditEvents } from "@/lib/data/audit";
import { toCsv } from "@/lib/dashboard/csv";
import { ZAuditFilter } from "@/lib/validations/audit";

// The audit log for an auditor: who did what, when, to which pseudonymous family or user. Never content.
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first", { status: 401 });
  const { soort } = ZAuditFilter.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [t, events] = await Promise.all([getTranslations("Admin"), listAuditEvents(user, { action: soort }, EXPORT_SIZE)]);
  if (!events) return new Response("Not found", { status: 404 });
  const rows = events.map((event) => [event.createdAt.toISOString(), event.actorName ?? (event.familyLabel ? t("parentDevice") : t("unknownActor")), event.action, t(`actions.${event.action}`), event.familyLabel ?? event.subjectLabel ?? ""]);
  return new Response(toCsv([[t("when"), t("who"), "action", t("what"), t("subject")], ...rows]), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="logboek.csv"', "Cache-Control": "no-store" },
  });
}
