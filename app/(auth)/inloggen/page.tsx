import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/callback-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SignIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const [t, tp] = await Promise.all([getTranslations("SignIn"), getTranslations("Password")]);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-4xl font-semibold">{t("title")}</h1>
      <p className="text-lg text-ink-soft">{t("intro")}</p>
      {params.ingericht ? (
        <p role="status" className="rounded-xl bg-teal-100 px-4 py-3 text-lg text-teal-700">
          {t("setUp")}
        </p>
      ) : null}
      {params.wachtwoord ? (
        <p role="status" className="rounded-xl bg-teal-100 px-4 py-3 text-lg text-teal-700">
          {tp("passwordSet")}
        </p>
      ) : null}
      {params.uitgelogd ? (
        <p role="status" className="rounded-xl bg-teal-100 px-4 py-3 text-lg text-teal-700">
          {t("signedOut")}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <Link href="/wachtwoord/vergeten" className="inline-flex min-h-11 items-center text-lg text-teal-700 underline">
        {tp("forgotLink")}
      </Link>
    </div>
  );
}
