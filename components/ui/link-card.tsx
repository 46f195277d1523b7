import Link from "next/link";
import type { ReactNode } from "react";
import { cardStyles } from "./card";

export function LinkCard({ href, title, children }: { href: string; title: ReactNode; children: ReactNode }) {
  return (
    <Link href={href} className={cardStyles({ padding: "md", interactive: true, className: "block space-y-1" })}>
      <span className="block text-xl font-semibold text-teal-700">{title}</span>
      <span className="block text-lg">{children}</span>
    </Link>
  );
}
