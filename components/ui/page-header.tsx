import type { ReactNode } from "react";
import { TextLink } from "./text-link";

/**
 * The top of a page: an optional way back, the one h1, a line under it, and the page's own
 * actions. The back link stays outside the header so it is the first thing a keyboard reaches.
 */
export function PageHeader({
  title,
  intro,
  back,
  actions,
}: {
  title: ReactNode;
  intro?: ReactNode;
  back?: { href: string; label: ReactNode };
  actions?: ReactNode;
}) {
  return (
    <>
      {back ? (
        <TextLink href={back.href} className="no-print">
          {back.label}
        </TextLink>
      ) : null}
      <header className="space-y-2">
        {/* A family's name can be one long word: it wraps rather than widening a phone page, also
            in a grid or flex row, which would otherwise grow to the word's width (anywhere, not
            break-word: only anywhere lets the row shrink below it). */}
        <h1 className="text-4xl font-semibold wrap-anywhere">{title}</h1>
        {intro ? <p className="max-w-3xl text-lg text-ink-soft">{intro}</p> : null}
        {actions ? <div className="no-print flex flex-wrap items-center gap-3">{actions}</div> : null}
      </header>
    </>
  );
}
