import type { ReactNode } from "react";
import { SkipLink } from "@/components/layout/skip-link";

// The one screen reachable before anyone can sign in: no menu, nothing else to go to.
export default function SetupLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-2xl flex-1 px-5 py-10 sm:px-8">
        {children}
      </main>
    </>
  );
}
