import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/admin/import/import-form";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
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
      <PageHeader back={{ href: "/beheer", label: ta("back") }} title={t("title")} intro={t("intro")} />
      <TitledSection id="templates" title={t("templatesTitle")} size="page">
        <p className="max-w-3xl text-lg">{t("templatesIntro")}</p>
        <ul className="flex flex-wrap gap-3">
          {importKinds.map((kind) => (
            <li key={kind}>
              <ButtonLink native href={`/api/importeren/voorbeeld/${templateFileNames[kind]}`} download variant="secondary">
                {t(`template.${kind}`)}
              </ButtonLink>
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
