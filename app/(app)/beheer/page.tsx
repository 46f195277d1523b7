import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CreateTeamForm } from "@/components/admin/create-team-form";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { InviteWaitingForm } from "@/components/admin/invite-waiting-form";
import { RetentionForm, ThresholdForm } from "@/components/admin/organisation-settings-forms";
import { SignInMethodsForm } from "@/components/admin/sign-in-methods-form";
import { UserTable } from "@/components/admin/user-table";
import { Card } from "@/components/ui/card";
import { LinkCard } from "@/components/ui/link-card";
import { PageHeader } from "@/components/ui/page-header";
import { TitledSection } from "@/components/ui/titled-section";
import { requireUser } from "@/lib/auth/session";
import { getOrganisationOverview } from "@/lib/data/organisation";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("title") };
}

export default async function AdminPage() {
  const user = await requireUser();
  const [t, ti, overview] = await Promise.all([getTranslations("Admin"), getTranslations("Import"), getOrganisationOverview(user)]);
  if (!overview) notFound();
  const withoutPassword = overview.users.filter((entry) => entry.active && !entry.hasPassword);
  const waiting = withoutPassword.filter((entry) => !entry.invited).length;
  return (
    <div className="space-y-10">
      <PageHeader title={t("title")} intro={overview.name} />
      <LinkCard href="/beheer/importeren" title={ti("title")}>
        {t("importLink")}
      </LinkCard>
      <TitledSection id="teams" title={t("teams")} size="page">
        <ul className="grid grid-cols-1 gap-3 md:grid-cols-2">
          {overview.teams.map((team) => (
            <Card as="li" key={team.id} padding="md">
              <span className="block text-xl font-semibold">{team.name}</span>
              <span className="text-base text-ink-soft">
                {t("members", { count: team.memberCount })} · {t("families", { count: team.familyCount })}
              </span>
            </Card>
          ))}
        </ul>
        <Card className="max-w-xl">
          <CreateTeamForm />
        </Card>
      </TitledSection>
      <TitledSection id="privacy" title={t("privacyTitle")} size="page">
        <Card className="max-w-xl">
          <ThresholdForm current={overview.anonymityThreshold} />
        </Card>
        <Card className="max-w-xl">
          <RetentionForm current={overview.retentionMonths} />
        </Card>
      </TitledSection>
      <TitledSection id="sign-in" title={t("signInTitle")} size="page">
        <Card className="max-w-xl">
          <SignInMethodsForm passwordSignIn={overview.passwordSignIn} organisationAccounts={env.oidc ? { name: env.oidc.name ?? null } : null} />
        </Card>
      </TitledSection>
      <TitledSection id="users" title={t("users")} size="page">
        <UserTable users={overview.users} />
        {/* Shown while anyone has not started, so the form keeps its outcome after inviting them all. */}
        {withoutPassword.length > 0 ? (
          <Card className="max-w-xl space-y-4">
            <h3 className="text-2xl font-semibold">{t("waitingTitle")}</h3>
            <InviteWaitingForm count={waiting} />
          </Card>
        ) : null}
        <Card className="max-w-xl space-y-4">
          <h3 className="text-2xl font-semibold">{t("newUser")}</h3>
          <CreateUserForm teams={overview.teams} />
        </Card>
      </TitledSection>
    </div>
  );
}
