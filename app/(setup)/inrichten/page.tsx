import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/setup/setup-form";
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
      <h1 className="text-4xl font-semibold">{t("title")}</h1>
      {done ? (
        <>
          <p className="text-lg">{t("alreadyDone")}</p>
          <Link href="/inloggen" className="inline-flex min-h-12 items-center rounded-full bg-teal-700 px-6 text-lg font-semibold text-white">
            {t("toSignIn")}
          </Link>
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
