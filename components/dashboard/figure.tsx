import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SideAverage } from "@/lib/dashboard/types";
import { ONE_DECIMAL } from "@/lib/i18n/number-formats";

/** An average with a bar on the 1–5 scale, or the words that say why there is no number. */
export async function AverageCell({ value, side }: { value: SideAverage; side: "parent" | "professional" }) {
  const [t, format] = await Promise.all([getTranslations("Dashboard"), getFormatter()]);
  if (value.suppressed) return <span className="text-base italic text-ink-soft">{t("tooFew")}</span>;
  return (
    <span className="flex items-center gap-2">
      <strong className="w-8 tabular-nums">{format.number(value.average, ONE_DECIMAL)}</strong>
      <span aria-hidden="true" className="hidden h-3 w-24 rounded-full bg-line sm:inline-block">
        <span className={`block h-3 rounded-full ${side === "parent" ? "bg-warm-700" : "bg-teal-700"}`} style={{ width: `${(value.average / 5) * 100}%` }} />
      </span>
    </span>
  );
}

/** One table row: what it is about, then the parents' and the professionals' averages. */
export function AverageRow({
  label,
  parent,
  professional,
  children,
}: {
  label: string;
  parent: SideAverage;
  professional: SideAverage;
  /** Further cells after the two averages. */
  children?: ReactNode;
}) {
  return (
    <tr className="border-t border-line">
      <th scope="row" className="px-4 py-3 text-start font-medium tabular-nums">
        {label}
      </th>
      <td className="px-4 py-3">
        <AverageCell value={parent} side="parent" />
      </td>
      <td className="px-4 py-3">
        <AverageCell value={professional} side="professional" />
      </td>
      {children}
    </tr>
  );
}
