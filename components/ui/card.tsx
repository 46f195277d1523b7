import { createElement, type ComponentPropsWithoutRef } from "react";

const PADDINGS = { none: "", xs: "p-3", sm: "p-4", md: "p-5", lg: "p-6" } as const;
const TONES = {
  plain: "border-line",
  /** Something still to fill in, such as the praatplaat's open theme. */
  open: "border-dashed border-teal-700",
  /** Erasing for good. */
  danger: "border-red-800/40",
} as const;

export type CardLook = { padding?: keyof typeof PADDINGS; tone?: keyof typeof TONES; className?: string };

/** The white, bordered block; `interactive` for a card that is itself a link. */
export function cardStyles({ padding = "lg", tone = "plain", interactive = false, className }: CardLook & { interactive?: boolean } = {}) {
  return ["rounded-2xl border bg-card", PADDINGS[padding], TONES[tone], interactive ? "hover:border-teal-700" : null, className].filter(Boolean).join(" ");
}

type CardElement = "div" | "section" | "li" | "details" | "figure" | "form";

export function Card<T extends CardElement = "div">({ as, padding, tone, className, ...props }: { as?: T } & CardLook & Omit<ComponentPropsWithoutRef<T>, "className">) {
  return createElement(as ?? "div", { ...props, className: cardStyles({ padding, tone, className }) });
}
