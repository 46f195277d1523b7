import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Table } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/data/audit";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("auditTitle") };
}

export default async function AuditPage() {
  const user = await requireUser();
  const [t, format, events] = await Promise.all([getTranslations("Admin"), getFormatter(), listAuditEvents(user)]);
  if (!events) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-4xl font-semibold">{t("auditTitle")}</h1>
      <p className="max-w-3xl text-lg text-ink-soft">{t("auditIntro")}</p>
      {events.length === 0 ? (
        <p className="text-lg">{t("auditEmpty")}</p>
      ) : (
        <Table caption={t("auditTitle")} headings={[t("when"), t("who"), t("what"), t("subject")]}>
              {events.map((event) => (
                <tr key={event.id} className="border-t border-line">
                  <td className="px-4 py-3 whitespace-nowrap">
                    {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </td>
                  <td className="px-4 py-3">{event.actorName ?? t("unknownActor")}</td>
                  <td className="px-4 py-3">{t(`actions.${event.action}`)}</td>
                  <td className="px-4 py-3">{event.familyLabel ?? event.subjectLabel ?? ""}</td>
                </tr>
              ))}
        </Table>
      )}
    </div>
  );
}
