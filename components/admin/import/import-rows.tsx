"use client";

import { useTranslations } from "next-intl";
import { Table } from "@/components/ui/table";
import { columnsOf } from "@/lib/import/columns";
import { problemText } from "@/lib/import/problem-text";
import type { FileReport, RowReport } from "@/lib/import/types";

/** Above this many rows a file's table starts folded: it is there, but the page stays quick. */
const OPEN_UP_TO = 500;

function Outcome({ row }: { row: RowReport }) {
  const t = useTranslations("Import");
  if (row.status !== "changed") return <>{t(`statuses.${row.status}`)}</>;
  return <>{t("changed", { fields: row.changes.map((change) => t(`changes.${change}`)).join(", ") })}</>;
}

/** Every row of one file: its line, its values, what importing it does, and what is wrong. */
export function ImportRows({ file, kindName }: { file: FileReport; kindName: string }) {
  const t = useTranslations("Import");
  if (file.rows.length === 0) return null;
  const caption = t("rows", { count: file.rows.length, file: `${kindName} (${file.fileName})` });
  return (
    <details open={file.rows.length <= OPEN_UP_TO} className="space-y-3">
      <summary className="min-h-11 cursor-pointer text-xl font-semibold">{caption}</summary>
      <Table caption={caption} headings={[t("line"), ...columnsOf[file.kind].map((column) => column.name), t("outcome"), t("problemsColumn")]}>
        {file.rows.map((row) => (
          <tr key={row.line} className={`border-t border-line align-top ${row.status === "invalid" ? "bg-red-50" : ""}`}>
            <td className="px-4 py-2">{row.line}</td>
            {row.cells.map((cell, index) => (
              <td key={index} className="px-4 py-2 break-words">
                {cell}
              </td>
            ))}
            <td className="px-4 py-2">
              <Outcome row={row} />
            </td>
            <td className="px-4 py-2 text-red-800">
              {row.problems.map((problem, index) => (
                <p key={index} className="first-letter:uppercase">
                  {problemText(t, problem)}
                </p>
              ))}
            </td>
          </tr>
        ))}
      </Table>
    </details>
  );
}
