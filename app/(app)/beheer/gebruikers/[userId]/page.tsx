import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditUserForm, SendPasswordLinkForm, UserActiveForm } from "@/components/admin/edit-user-forms";
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
      <Link href="/beheer" className="inline-flex min-h-11 items-center text-lg text-teal-700 underline">
        {t("back")}
      </Link>
      <header className="space-y-1">
        <h1 className="text-4xl font-semibold">{t("editUser", { name: subject.name })}</h1>
        <p className="text-lg text-ink-soft">
          {subject.email} · {tc(`roles.${subject.role}`)} · {subject.active ? t("active") : t("inactive")}
        </p>
      </header>
      <section className="max-w-xl rounded-2xl border border-line bg-card p-6">
        <EditUserForm user={subject} teams={teams} />
      </section>
      <section aria-labelledby="reset-password" className="max-w-xl space-y-4 rounded-2xl border border-line bg-card p-6">
        <h2 id="reset-password" className="text-2xl font-semibold">
          {t("sendPasswordLinkTitle")}
        </h2>
        <SendPasswordLinkForm userId={subject.id} />
      </section>
      {subject.id === user.id ? null : (
        <section aria-labelledby="active" className="max-w-xl space-y-4 rounded-2xl border border-line bg-card p-6">
          <h2 id="active" className="text-2xl font-semibold">
            {subject.active ? t("deactivate") : t("reactivate")}
          </h2>
          <UserActiveForm userId={subject.id} active={subject.active} />
        </section>
      )}
    </div>
  );
}
