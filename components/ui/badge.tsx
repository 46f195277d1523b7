import type { ReactNode } from "react";

export function Badge({ tone = "warm", children }: { tone?: "warm" | "teal"; children: ReactNode }) {
  const colours = tone === "warm" ? "bg-warm-100 text-warm-700" : "bg-teal-100 text-teal-700";
  return <span className={`inline-flex items-center rounded-full px-3 py-1 text-sm font-semibold ${colours}`}>{children}</span>;
}
