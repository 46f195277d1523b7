import type { Metadata } from "next";
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
  const t = await getTranslations("SignIn");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-4xl font-semibold">{t("title")}</h1>
      <p className="text-lg text-ink-soft">{t("intro")}</p>
      {params.uitgelogd ? (
        <p role="status" className="rounded-xl bg-teal-100 px-4 py-3 text-lg text-teal-700">
          {t("signedOut")}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  );
}
