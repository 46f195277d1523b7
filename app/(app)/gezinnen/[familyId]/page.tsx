import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DeleteFamilyForm } from "@/components/families/delete-family-form";
import { FamilyHistory } from "@/components/families/family-history";
import { EditFamilyForm } from "@/components/families/edit-family-form";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { TitledSection } from "@/components/ui/titled-section";
import { familyFor } from "@/lib/auth/gate";
import { canDeleteFamilies, canHoldConversations } from "@/lib/auth/permissions";
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
        <PageHeader title={t("notFoundTitle")} />
        <p className="text-lg">{t("notFoundText")}</p>
        <TextLink href="/gezinnen">{t("back")}</TextLink>
      </div>
    );
  }
  return (
    <div className="space-y-8">
      <PageHeader
        back={{ href: "/gezinnen", label: t("back") }}
        title={t("detailTitle", { label: family.label })}
        intro={`${family.team.name} · ${languageName(family.preferredLanguage, locale)}`}
      />
      <section aria-labelledby="history" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="history" className="text-3xl font-semibold">
            {tc("historyTitle")}
          </h2>
          {canHoldConversations(user) ? (
            <ButtonLink href={`/gezinnen/${family.id}/gesprek`}>{tc("startButton")}</ButtonLink>
          ) : null}
        </div>
        <FamilyHistory history={history} />
      </section>
      <TitledSection id="edit-family" title={t("edit")} card className="max-w-xl space-y-4">
        <EditFamilyForm family={family} />
      </TitledSection>
      <TitledSection id="export-family" title={t("exportTitle")} card className="max-w-xl space-y-3">
        <p className="text-lg">{t("exportText")}</p>
        <div className="flex flex-wrap gap-4">
          <TextLink native href={`/api/gezinnen/${family.id}/export`}>
            {t("exportPdf")}
          </TextLink>
          <TextLink native href={`/api/gezinnen/${family.id}/export?vorm=json`}>
            {t("exportJson")}
          </TextLink>
        </div>
      </TitledSection>
      {canDeleteFamilies(user) ? (
        <TitledSection id="delete-family" title={<span className="text-red-800">{t("delete")}</span>} card="danger" className="max-w-xl space-y-4">
          <DeleteFamilyForm familyId={family.id} />
        </TitledSection>
      ) : null}
    </div>
  );
}
