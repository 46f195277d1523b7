import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/auth/set-password-form";
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
      <h1 className="text-4xl font-semibold">{t("setTitle")}</h1>
      {link && typeof token === "string" ? (
        <>
          <p className="text-lg text-ink-soft">{t(link.purpose === "INVITATION" ? "welcome" : "resetIntro", { name: link.user.name })}</p>
          <SetPasswordForm token={token} email={link.user.email} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded-xl bg-red-50 px-4 py-3 text-lg text-red-800">
            {t("linkInvalid")}
          </p>
          <Link href="/wachtwoord/vergeten" className="inline-flex min-h-12 items-center text-lg text-teal-700 underline">
            {t("askNewLink")}
          </Link>
        </>
      )}
    </div>
  );
}
