import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FamilyList } from "@/components/families/family-list";
import { NewFamilyForm } from "@/components/families/new-family-form";
import { PageHeader } from "@/components/ui/page-header";
import { TitledSection } from "@/components/ui/titled-section";
import { canHoldConversations, canWorkWithFamilies } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listFamilies } from "@/lib/data/families";
import { listTeamOptions } from "@/lib/data/organisation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Families"))("title") };
}

export default async function FamiliesPage() {
  const user = await requireUser();
  if (!canWorkWithFamilies(user)) notFound();
  const [t, families, teams] = await Promise.all([getTranslations("Families"), listFamilies(user), listTeamOptions(user)]);
  return (
    <div className="space-y-10">
      <PageHeader title={t("title")} intro={t("intro")} />
      <FamilyList families={families} canStart={canHoldConversations(user)} />
      {teams.length > 0 ? (
        <TitledSection id="new-family" title={t("newTitle")} card className="max-w-xl space-y-4">
          <NewFamilyForm teams={teams} />
        </TitledSection>
      ) : null}
    </div>
  );
}
