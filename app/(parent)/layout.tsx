import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SkipLink } from "@/components/layout/skip-link";
import { requireSetUp } from "@/lib/data/setup";

// Parent-facing screens: no menu, no links out, nothing about other families.
export default async function ParentLayout({ children }: { children: ReactNode }) {
  await requireSetUp();
  const t = await getTranslations("Common");
  return (
    <>
      <SkipLink />
      <header className="border-b border-line bg-card px-5 py-3">
        <p className="flex items-center gap-2 text-xl font-semibold text-teal-700">
          <span aria-hidden="true" className="inline-block size-7 rounded-full bg-teal-700 ring-4 ring-warm-100" />
          {t("appName")}
        </p>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-5 sm:px-6">
        {children}
      </main>
    </>
  );
}
