import Link from "next/link";
import type { ReactNode } from "react";

export function LinkCard({ href, title, children }: { href: string; title: ReactNode; children: ReactNode }) {
  return (
    <Link href={href} className="block space-y-1 rounded-2xl border border-line bg-card p-5 hover:border-teal-700">
      <span className="block text-xl font-semibold text-teal-700">{title}</span>
      <span className="block text-lg">{children}</span>
    </Link>
  );
}
