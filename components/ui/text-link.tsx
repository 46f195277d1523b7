import Link from "next/link";
import type { AnchorHTMLAttributes } from "react";

export type AnchorProps = { href: string; /** A file a route handler serves (CSV, PDF, calendar): a plain <a>, never prefetched. */ native?: boolean } & Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  "href"
>;

/** A page of the app goes through next/link (client navigation); a file is a plain link. */
export function Anchor({ native = false, href, ...props }: AnchorProps) {
  return native ? <a href={href} {...props} /> : <Link href={href} {...props} />;
}

/** The underlined teal link on its own line: back to a list, a download. 44 px high to tap. */
export function TextLink({ className, ...props }: AnchorProps) {
  return <Anchor className={["inline-flex min-h-11 items-center text-lg text-teal-700 underline", className].filter(Boolean).join(" ")} {...props} />;
}
