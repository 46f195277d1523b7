import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

/** The bar every page shares: the name (home link), the main menu, and whatever goes at the end. */
export async function HeaderFrame({
  homeHref,
  links,
  end,
}: {
  homeHref: string;
  links: { href: string; label: string }[];
  end: ReactNode;
}) {
  const t = await getTranslations("Common");
  return (
    <header className="no-print border-b border-line bg-card">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-3 px-5 py-3 sm:px-8">
        <Link href={homeHref} className="flex min-h-11 items-center gap-2 text-xl font-semibold text-teal-700">
          <span aria-hidden="true" className="inline-block size-7 rounded-full bg-teal-700 ring-4 ring-warm-100" />
          {t("appName")}
        </Link>
        <nav aria-label={t("mainNavigation")} className="flex flex-wrap items-center gap-1">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="flex min-h-11 items-center rounded-lg px-3 hover:bg-teal-100">
              {link.label}
            </Link>
          ))}
        </nav>
        {end}
      </div>
    </header>
  );
}
