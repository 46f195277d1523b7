import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditUserForm, SendPasswordLinkForm, UserActiveForm } from "@/components/admin/edit-user-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TitledSection } from "@/components/ui/titled-section";
import { requireUser } from "@/lib/auth/session";
import { getUserForAdmin, listTeamOptions } from "@/lib/data/organisation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("title") };
}

export default async function AdminUserPage({ params }: { params: Promise<{ userId: string }> }) {
  const user = await requireUser();
  const { userId } = await params;
  const [t, tc, subject, teams] = await Promise.all([
    getTranslations("Admin"),
    getTranslations("Common"),
    getUserForAdmin(user, userId),
    listTeamOptions(user),
  ]);
  if (!subject) notFound();
  return (
    <div className="space-y-8">
      <PageHeader
        back={{ href: "/beheer", label: t("back") }}
        title={t("editUser", { name: subject.name })}
        intro={`${subject.email} · ${tc(`roles.${subject.role}`)} · ${subject.active ? t("active") : t("inactive")}`}
      />
      <Card as="section" className="max-w-xl">
        <EditUserForm user={subject} teams={teams} />
      </Card>
      <TitledSection id="reset-password" title={t("sendPasswordLinkTitle")} card className="max-w-xl space-y-4">
        <SendPasswordLinkForm userId={subject.id} />
      </TitledSection>
      {subject.id === user.id ? null : (
        <TitledSection id="active" title={subject.active ? t("deactivate") : t("reactivate")} card className="max-w-xl space-y-4">
          <UserActiveForm userId={subject.id} active={subject.active} />
        </TitledSection>
      )}
    </div>
  );
}
