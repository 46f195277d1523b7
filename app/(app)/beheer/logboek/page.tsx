import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { Table } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
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
      <PageHeader title={t("auditTitle")} intro={t("auditIntro")} />
      <form className="no-print flex flex-wrap items-end gap-3">
        <SelectField
          name="soort"
          label={t("auditFilter")}
          defaultValue={soort ?? ""}
          options={[{ value: "", label: t("auditAll") }, ...Object.values(AuditAction).map((action) => ({ value: action, label: t(`actions.${action}`) }))]}
        />
        <Button type="submit">{t("auditShow")}</Button>
        <TextLink native href={`/api/logboek${soort ? `?soort=${soort}` : ""}`}>
          {t("auditCsv")}
        </TextLink>
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
