import type { ReactNode } from "react";
import { cardStyles, type CardLook } from "./card";

const SIZES = {
  /** A part of a page with a few such parts: Beheer, Instellingen, the tips. */
  page: { section: "space-y-4", title: "text-2xl font-semibold sm:text-3xl" },
  /** One of many parts, such as the dashboard's tables. */
  panel: { section: "space-y-3", title: "text-2xl font-semibold" },
  /** A card in a grid of cards (the home screen's): smaller on a phone, so a long Dutch compound
   *  ("Vervolggesprekken") fits the card's width whole. */
  tile: { section: "space-y-3", title: "text-xl font-semibold sm:text-2xl" },
} as const;

/** A region named by its own heading, so screen readers list it by that title. */
export function TitledSection({
  id,
  title,
  size = "panel",
  card,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  size?: keyof typeof SIZES;
  /** The section is also a card (true: a plain one). */
  card?: true | CardLook["tone"];
  /** Replaces the size's spacing, for a section that needs other spacing or a width. */
  className?: string;
  children: ReactNode;
}) {
  const spacing = className ?? SIZES[size].section;
  return (
    <section aria-labelledby={id} className={card ? cardStyles({ tone: card === true ? "plain" : card, className: spacing }) : spacing}>
      <h2 id={id} className={SIZES[size].title}>
        {title}
      </h2>
      {children}
    </section>
  );
}
