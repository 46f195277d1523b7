import type { ButtonHTMLAttributes } from "react";
import { Anchor, type AnchorProps } from "./text-link";

// One look per kind of action, so the same action looks the same on every screen. Focus shows
// the ring of app/globals.css (:focus-visible); every size is at least 44 px to tap.
const VARIANTS = {
  /** The one main action of a screen or form. */
  primary: "bg-teal-700 font-semibold text-white hover:bg-teal-700/90",
  /** An action beside the main one: print, check first, answer on your own screen. */
  secondary: "border-2 border-teal-700 bg-card font-semibold text-teal-700 hover:bg-teal-100",
  /** A choice that must not pull the eye: "Nee", "Vorige", covering one's answers. */
  neutral: "border-2 border-ink-soft bg-card font-semibold hover:bg-paper",
  /** Erasing something for good. */
  danger: "bg-red-800 font-semibold text-white hover:bg-red-900",
  /** Small pills in a row (languages, signing out, jump links); the pressed or current one fills. */
  quiet:
    "border-2 border-line bg-card font-medium hover:border-teal-700 aria-pressed:border-teal-700 aria-pressed:bg-teal-700 aria-pressed:text-white aria-[current]:border-teal-700 aria-[current]:bg-teal-700 aria-[current]:text-white",
} as const;

const SIZES = {
  sm: "min-h-11 min-w-11 px-4 text-base",
  md: "min-h-12 px-6 text-lg",
  /** Parents' screens: the tablet at arm's length. */
  lg: "min-h-14 px-8 text-xl",
  /** A round icon button; give it an aria-label. */
  icon: "size-11 shrink-0",
} as const;

export type ButtonLook = { variant?: keyof typeof VARIANTS; size?: keyof typeof SIZES; className?: string };

function buttonStyles({ variant = "primary", size = "md", className }: ButtonLook) {
  // A label can be one long word (a family's name): it wraps inside the button rather than
  // widening a phone's page.
  return ["inline-flex max-w-full items-center justify-center gap-2 rounded-full text-center wrap-anywhere disabled:cursor-not-allowed disabled:opacity-60", VARIANTS[variant], SIZES[size], className]
    .filter(Boolean)
    .join(" ");
}

/** A button; `type` is "button" unless said otherwise, so no button submits a form by accident. */
export function Button({ variant, size, className, type = "button", ...props }: ButtonLook & ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type={type} className={buttonStyles({ variant, size, className })} {...props} />;
}

/** A link that looks like a button: it goes somewhere rather than doing something. */
export function ButtonLink({ variant, size, className, ...props }: ButtonLook & AnchorProps) {
  return <Anchor className={buttonStyles({ variant, size, className })} {...props} />;
}
