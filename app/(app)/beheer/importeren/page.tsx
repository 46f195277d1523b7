import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/admin/import/import-form";
import { TitledSection } from "@/components/ui/titled-section";
import { canManageOrganisation } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { templateFileNames } from "@/lib/import/columns";
import { importKinds } from "@/lib/import/types";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Import"))("title") };
}

export default async function ImportPage() {
  const user = await requireUser();
  if (!canManageOrganisation(user)) notFound();
  const [t, ta] = await Promise.all([getTranslations("Import"), getTranslations("Admin")]);
  return (
    <div className="space-y-8">
      <Link href="/beheer" className="inline-flex min-h-11 items-center text-lg text-teal-700 underline">
        {ta("back")}
      </Link>
      <header className="space-y-2">
        <h1 className="text-4xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-ink-soft">{t("intro")}</p>
      </header>
      <TitledSection id="templates" title={t("templatesTitle")} size="page">
        <p className="max-w-3xl text-lg">{t("templatesIntro")}</p>
        <ul className="flex flex-wrap gap-3">
          {importKinds.map((kind) => (
            <li key={kind}>
              <a href={`/api/importeren/voorbeeld/${templateFileNames[kind]}`} download className="inline-flex min-h-12 items-center rounded-full border-2 border-teal-700 bg-card px-5 text-lg text-teal-700 underline">
                {t(`template.${kind}`)}
              </a>
            </li>
          ))}
        </ul>
      </TitledSection>
      <TitledSection id="files" title={t("filesTitle")} size="page">
        <ImportForm />
      </TitledSection>
    </div>
  );
}
