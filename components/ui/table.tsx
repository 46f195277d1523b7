import type { ReactNode } from "react";
import { Card } from "./card";

/**
 * A data table in a frame that scrolls sideways on narrow screens. The frame is a named,
 * focusable region so keyboard users can scroll it too (WCAG 2.1.1). Its width comes from the
 * page, never from the table (inline-size containment): otherwise a grid or flex parent grows to
 * the table's width and the whole page scrolls sideways on a phone (WCAG 1.4.10).
 */
export function Table({ caption, headings, children }: { caption: string; headings: string[]; children: ReactNode }) {
  return (
    <Card role="region" aria-label={caption} tabIndex={0} padding="none" className="relative overflow-x-auto [contain:inline-size]">
      <table className="w-full text-base">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-paper">
          <tr>
            {headings.map((heading, index) => (
              <th key={`${index}-${heading}`} scope="col" className="px-4 py-3 text-start font-semibold">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </Card>
  );
}
