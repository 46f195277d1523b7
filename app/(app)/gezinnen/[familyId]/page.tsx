import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DeleteFamilyForm } from "@/components/families/delete-family-form";
import { FamilyHistory } from "@/components/families/family-history";
import { EditFamilyForm } from "@/components/families/edit-family-form";
import { familyFor } from "@/lib/auth/gate";
import { canDeleteFamilies } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { openFamily } from "@/lib/data/families";
import { getFamilyHistory } from "@/lib/data/family-history";
import { languageName } from "@/lib/i18n/family-languages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Families"))("title") };
}

export default async function FamilyPage({ params }: { params: Promise<{ familyId: string }> }) {
  const user = await requireUser();
  const { familyId } = await params;
  const [locale, granted] = await Promise.all([getLocale(), familyFor(user, familyId, "read")]);
  const [t, tc, family, history] = await Promise.all([
    getTranslations("Families"),
    getTranslations("Conversation"),
    granted ? openFamily(granted) : null,
    granted ? getFamilyHistory(granted, locale) : [],
  ]);
  if (!family) {
    // Same answer for an unknown id and another team's family: nothing to learn from the URL.
    return (
      <div className="space-y-4">
        <h1 className="text-4xl font-semibold">{t("notFoundTitle")}</h1>
        <p className="text-lg">{t("notFoundText")}</p>
        <Link href="/gezinnen" className="inline-flex min-h-11 items-center text-lg text-teal-700 underline">
          {t("back")}
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-8">
      <Link href="/gezinnen" className="no-print inline-flex min-h-11 items-center text-lg text-teal-700 underline">
        {t("back")}
      </Link>
      <header className="space-y-2">
        <h1 className="text-4xl font-semibold">{t("detailTitle", { label: family.label })}</h1>
        <p className="text-lg text-ink-soft">
          {family.team.name} · {languageName(family.preferredLanguage, locale)}
        </p>
      </header>
      <section aria-labelledby="history" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="history" className="text-3xl font-semibold">
            {tc("historyTitle")}
          </h2>
          {user.role === "PROFESSIONAL" ? (
            <Link
              href={`/gezinnen/${family.id}/gesprek`}
              className="inline-flex min-h-12 items-center rounded-full bg-teal-700 px-6 text-lg font-semibold text-white"
            >
              {tc("startButton")}
            </Link>
          ) : null}
        </div>
        <FamilyHistory history={history} />
      </section>
      <section aria-labelledby="edit-family" className="max-w-xl space-y-4 rounded-2xl border border-line bg-card p-6">
        <h2 id="edit-family" className="text-2xl font-semibold">
          {t("edit")}
        </h2>
        <EditFamilyForm family={family} />
      </section>
      <section aria-labelledby="export-family" className="max-w-xl space-y-3 rounded-2xl border border-line bg-card p-6">
        <h2 id="export-family" className="text-2xl font-semibold">
          {t("exportTitle")}
        </h2>
        <p className="text-lg">{t("exportText")}</p>
        <div className="flex flex-wrap gap-4">
          <a href={`/api/gezinnen/${family.id}/export`} className="inline-flex min-h-12 items-center text-lg text-teal-700 underline">
            {t("exportPdf")}
          </a>
          <a href={`/api/gezinnen/${family.id}/export?vorm=json`} className="inline-flex min-h-12 items-center text-lg text-teal-700 underline">
            {t("exportJson")}
          </a>
        </div>
      </section>
      {canDeleteFamilies(user) ? (
        <section aria-labelledby="delete-family" className="max-w-xl space-y-4 rounded-2xl border border-red-800/40 bg-card p-6">
          <h2 id="delete-family" className="text-2xl font-semibold text-red-800">
            {t("delete")}
          </h2>
          <DeleteFamilyForm familyId={family.id} />
        </section>
      ) : null}
    </div>
  );
}
