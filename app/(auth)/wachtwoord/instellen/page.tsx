import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { findAccountLink } from "@/lib/auth/account-links";
import { db } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Password"))("setTitle") };
}

/** Where an invitation or reset link lands: greet the person, let them choose a password once. */
export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("Password");
  const link = typeof token === "string" ? await findAccountLink(db, token) : null;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeader title={t("setTitle")} />
      {link && typeof token === "string" ? (
        <>
          <p className="text-lg text-ink-soft">{t(link.purpose === "INVITATION" ? "welcome" : "resetIntro", { name: link.user.name })}</p>
          <SetPasswordForm token={token} email={link.user.email} />
        </>
      ) : (
        <>
          <Notice tone="error" role="alert">
            {t("linkInvalid")}
          </Notice>
          <TextLink href="/wachtwoord/vergeten">{t("askNewLink")}</TextLink>
        </>
      )}
    </div>
  );
}
