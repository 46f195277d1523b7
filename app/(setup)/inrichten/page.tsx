import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/setup/setup-form";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { isSetUp, isSetupToken } from "@/lib/data/setup";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Setup"))("title") };
}

export default async function SetupPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("Setup");
  const given = typeof token === "string" ? token : null;
  const [done, valid] = await Promise.all([isSetUp(), given ? isSetupToken(given) : false]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      {done ? (
        <>
          <p className="text-lg">{t("alreadyDone")}</p>
          <ButtonLink href="/inloggen">{t("toSignIn")}</ButtonLink>
        </>
      ) : valid && given ? (
        <>
          <p className="text-lg text-ink-soft">{t("intro")}</p>
          <SetupForm token={given} />
        </>
      ) : (
        <>
          <p className="text-lg">{given ? t("badToken") : t("noToken")}</p>
          <pre className="overflow-x-auto rounded-xl bg-card p-4 text-lg" dir="ltr">
            npm run setup
          </pre>
        </>
      )}
    </div>
  );
}
