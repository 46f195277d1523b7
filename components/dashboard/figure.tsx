import { getTranslations } from "next-intl/server";
import type { SideAverage } from "@/lib/data/dashboard";

/** An average with a bar on the 1–5 scale, or the words that say why there is no number. */
export async function AverageCell({ value }: { value: SideAverage }) {
  const t = await getTranslations("Dashboard");
  if (value.suppressed) return <span className="text-base italic text-ink-soft">{t("tooFew")}</span>;
  return (
    <span className="flex items-center gap-2">
      <strong className="w-8 tabular-nums">{value.average.toFixed(1)}</strong>
      <span aria-hidden="true" className="hidden h-3 w-24 rounded-full bg-line sm:inline-block">
        <span className="block h-3 rounded-full bg-teal-700" style={{ width: `${(value.average / 5) * 100}%` }} />
      </span>
    </span>
  );
}

export function Table({ caption, headings, children }: { caption: string; headings: string[]; children: React.ReactNode }) {
  return (
    <div className="relative overflow-x-auto rounded-2xl border border-line bg-card">
      <table className="w-full text-base">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-paper">
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col" className="px-4 py-3 text-start font-semibold">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
