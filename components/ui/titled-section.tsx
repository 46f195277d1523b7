import type { ReactNode } from "react";

const SIZES = {
  /** A part of a page with a few such parts: Beheer, Instellingen, the tips. */
  page: { section: "space-y-4", title: "text-3xl font-semibold" },
  /** One of many parts, such as the dashboard's tables. */
  panel: { section: "space-y-3", title: "text-2xl font-semibold" },
} as const;

/** A region named by its own heading, so screen readers list it by that title. */
export function TitledSection({
  id,
  title,
  size = "panel",
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  size?: keyof typeof SIZES;
  /** Replaces the size's spacing, for a section that is also a card. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className ?? SIZES[size].section}>
      <h2 id={id} className={SIZES[size].title}>
        {title}
      </h2>
      {children}
    </section>
  );
}
