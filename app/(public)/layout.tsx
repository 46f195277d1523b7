import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { requireSetUp } from "@/lib/data/setup";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  await requireSetUp();
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-5 py-8 sm:px-8">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
