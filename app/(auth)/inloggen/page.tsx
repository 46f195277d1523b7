import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { OrganisationSignIn } from "@/components/auth/organisation-sign-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { OIDC_PROVIDER_ID } from "@/lib/auth/oidc-provider";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SignIn"))("title") };
}

// next-auth sends a refused or failed sign-in with the organisation's account back here with
// ?error=: AccessDenied when the account is not (or no longer) invited, another code when the
// provider could not be reached or answered wrongly.
function providerProblem(error: unknown): "refused" | "providerFailed" | null {
  if (typeof error !== "string" || !error) return null;
  return error === "AccessDenied" ? "refused" : "providerFailed";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const [t, tp] = await Promise.all([getTranslations("SignIn"), getTranslations("Password")]);
  const problem = env.oidc ? providerProblem(params.error) : null;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {params.ingericht ? (
        <Notice tone="success" role="status">
          {t("setUp")}
        </Notice>
      ) : null}
      {params.wachtwoord ? (
        <Notice tone="success" role="status">
          {tp("passwordSet")}
        </Notice>
      ) : null}
      {params.uitgelogd ? (
        <Notice tone="success" role="status">
          {t("signedOut")}
        </Notice>
      ) : null}
      {problem ? (
        <Notice tone="error" role="alert">
          {t(problem)}
        </Notice>
      ) : null}
      {env.oidc ? (
        <>
          <OrganisationSignIn
            providerId={OIDC_PROVIDER_ID}
            name={env.oidc.name ?? null}
            callbackUrl={callbackUrl}
            // After a refusal the provider would sign the same account in again at once:
            // prompt=login lets the person choose another one.
            authorizationParams={problem === "refused" ? { prompt: "login" } : undefined}
          />
          <h2 className="border-t border-line pt-6 text-xl font-semibold">{t("orPassword")}</h2>
        </>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} organisationAccounts={env.oidc !== null} />
      <TextLink href="/wachtwoord/vergeten">{tp("forgotLink")}</TextLink>
    </div>
  );
}
