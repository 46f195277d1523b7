import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Table } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/data/audit";
import { AuditAction } from "@/lib/generated/prisma/enums";
import { ZAuditFilter } from "@/lib/validations/audit";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("auditTitle") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { soort } = ZAuditFilter.parse(await searchParams);
  const [t, format, events] = await Promise.all([getTranslations("Admin"), getFormatter(), listAuditEvents(user, { action: soort })]);
  if (!events) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-4xl font-semibold">{t("auditTitle")}</h1>
      <p className="max-w-3xl text-lg text-ink-soft">{t("auditIntro")}</p>
      <form className="no-print flex flex-wrap items-end gap-3">
        <label className="space-y-1">
          <span className="block text-lg font-medium">{t("auditFilter")}</span>
          <select name="soort" defaultValue={soort ?? ""} className="block min-h-12 rounded-xl border border-ink-soft bg-card px-4 text-lg">
            <option value="">{t("auditAll")}</option>
            {Object.values(AuditAction).map((action) => (
              <option key={action} value={action}>
                {t(`actions.${action}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-12 rounded-full bg-teal-700 px-6 text-lg font-semibold text-white">
          {t("auditShow")}
        </button>
        <a href={`/api/logboek${soort ? `?soort=${soort}` : ""}`} className="inline-flex min-h-12 items-center text-lg text-teal-700 underline">
          {t("auditCsv")}
        </a>
      </form>
      {events.length === 0 ? (
        <p className="text-lg">{t("auditEmpty")}</p>
      ) : (
        <Table caption={t("auditTitle")} headings={[t("when"), t("who"), t("what"), t("subject")]}>
          {events.map((event) => (
            <tr key={event.id} className="border-t border-line">
              <td className="px-4 py-3 whitespace-nowrap">{format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className="px-4 py-3">{event.actorName ?? (event.familyLabel ? t("parentDevice") : t("unknownActor"))}</td>
              <td className="px-4 py-3">{t(`actions.${event.action}`)}</td>
              <td className="px-4 py-3">{event.familyLabel ?? event.subjectLabel ?? ""}</td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
