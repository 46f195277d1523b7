"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";
import { problemText } from "@/lib/import/problem-text";
import type { ImportReport } from "@/lib/import/types";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ImportRows } from "./import-rows";

/** The id of the list of a file's problems, which its file input points at. */
export const problemsIdOf = (kind: string) => `import-problems-${kind}`;

function verdict(report: ImportReport): "stale" | "imported" | "invalid" | "nothingToDo" | "valid" {
  if (report.outcome === "stale" || report.outcome === "imported") return report.outcome;
  if (report.problemCount > 0) return "invalid";
  const work = Object.values(report.counts).some((counts) => counts.created + counts.changed > 0);
  return work ? "valid" : "nothingToDo";
}

/** May this report be imported: checked, all right, and something to do. */
export const importable = (report: ImportReport) => verdict(report) === "valid";

/**
 * The outcome of "Controleren" or "Importeren": what will be (or was) created and changed, every
 * problem with its line, then every row. Focus moves to its heading, so a screen reader and a
 * keyboard start reading there.
 */
export function ImportReportView({ report, children }: { report: ImportReport; children?: ReactNode }) {
  const t = useTranslations("Import");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [report]);
  const outcome = verdict(report);
  const kindName = (kind: ImportReport["files"][number]["kind"]) => t(`kinds.${kind}`);
  return (
    <Card as="section" aria-labelledby="import-result" className="space-y-5">
      <h2 id="import-result" ref={heading} tabIndex={-1} className="text-2xl font-semibold">
        {report.outcome === "imported" ? t("importedTitle") : t("resultTitle")}
      </h2>
      <Notice tone={outcome === "invalid" || outcome === "stale" ? "error" : "success"}>
        {outcome === "invalid" ? t("invalid", { count: report.problemCount }) : t(outcome)}
      </Notice>
      <ul className="list-disc space-y-1 ps-6 text-lg">
        {report.files.map((file) => (
          <li key={file.kind}>{t("counts", { kind: kindName(file.kind), ...report.counts[file.kind] })}</li>
        ))}
      </ul>
      {children}
      {report.problemCount > 0 ? (
        <div className="space-y-3">
          <h3 className="text-xl font-semibold">{t("problemsTitle")}</h3>
          {report.files.map((file) => {
            const lines = [...file.problems.map((problem) => problemText(t, problem)), ...file.rows.flatMap((row) => row.problems.map((problem) => problemText(t, problem, row.line)))];
            if (lines.length === 0) return null;
            return (
              <div key={file.kind} className="space-y-1">
                <h4 className="text-lg font-semibold">
                  {kindName(file.kind)} ({file.fileName})
                </h4>
                <ul id={problemsIdOf(file.kind)} className="list-disc space-y-1 ps-6 text-lg text-red-800">
                  {lines.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      ) : null}
      {report.files.map((file) => (
        <ImportRows key={file.kind} file={file} kindName={kindName(file.kind)} />
      ))}
    </Card>
  );
}
