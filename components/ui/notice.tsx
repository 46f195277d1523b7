import type { ReactNode } from "react";

const TONES = {
  success: "bg-teal-100 text-teal-700",
  error: "bg-red-50 text-red-800",
  warning: "bg-warm-100 text-warm-700",
} as const;

/** A tinted line that tells how something went or what is missing; colour is never the only sign (the words are). */
export function Notice({
  tone,
  role,
  as: Tag = "p",
  className,
  children,
}: {
  tone: keyof typeof TONES;
  role?: "status" | "alert";
  as?: "p" | "div";
  className?: string;
  children: ReactNode;
}) {
  return <Tag role={role} className={["rounded-xl px-4 py-3 text-lg", TONES[tone], className].filter(Boolean).join(" ")}>{children}</Tag>;
}
