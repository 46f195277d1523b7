"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { Notice } from "@/components/ui/notice";
import { importDataAction } from "@/lib/actions/import";
import type { ActionResult } from "@/lib/actions/result-types";
import { importKinds, type ImportKind, type ImportReport } from "@/lib/import/types";
import { importable, ImportReportView, problemsIdOf } from "./import-report";

function FileField({ kind, state, report }: { kind: ImportKind; state: ActionResult<ImportReport> | null; report: ImportReport | null }) {
  const t = useTranslations("Import");
  const id = `import-file-${kind}`;
  const errors = fieldErrors(state, kind);
  const file = report?.files.find((candidate) => candidate.kind === kind);
  const hasProblems = Boolean(file && (file.problems.length > 0 || file.rows.some((row) => row.problems.length > 0)));
  const describedBy = [`${id}-hint`, `${id}-error`, hasProblems ? problemsIdOf(kind) : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-lg font-medium">
        {t(`files.${kind}`)}
      </label>
      <p id={`${id}-hint`} className="max-w-3xl text-base text-ink-soft">
        {t(`fileHints.${kind}`)}
      </p>
      <input
        id={id}
        name={kind}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={describedBy}
        aria-invalid={errors?.length || hasProblems ? true : undefined}
        className="block w-full text-lg file:me-4 file:min-h-12 file:cursor-pointer file:rounded-full file:border-2 file:border-teal-700 file:bg-card file:px-5 file:font-semibold file:text-teal-700"
      />
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/**
 * Choose the files, check them, and only when every row is right, import them. The files stay
 * chosen between the two (no form reset), and the import sends them again: the server checks
 * them once more, and refuses files other than those it checked.
 */
export function ImportForm() {
  const t = useTranslations("Import");
  const te = useTranslations("Errors");
  const [state, formAction, pending] = useActionState(importDataAction, null);
  const [intent, setIntent] = useState<"check" | "import">("check");
  // Other files chosen since the last answer: that answer is about files no longer there.
  const [filesChanged, setFilesChanged] = useState(false);
  const report = state?.ok && !filesChanged ? state.data : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    // An input left empty holds a nameless, empty file, which would arrive as a file named
    // "undefined": leave it out, as the server does when a form is sent without JavaScript.
    for (const kind of importKinds) {
      const file = data.get(kind);
      if (file instanceof File && file.size === 0 && file.name === "") data.delete(kind);
    }
    setIntent(data.get("intent") === "import" ? "import" : "check");
    setFilesChanged(false);
    startTransition(() => formAction(data));
  }

  return (
    <form action={formAction} onSubmit={onSubmit} onChange={() => setFilesChanged(true)} noValidate className="space-y-6">
      <fieldset aria-describedby="import-files-error">
        <legend className="mb-4 max-w-3xl text-lg">{t("filesHint")}</legend>
        <Card className="space-y-5">
          {importKinds.map((kind) => (
            <FileField key={kind} kind={kind} state={state} report={report} />
          ))}
          <FieldError id="import-files-error" errors={fieldErrors(state, "files")} />
        </Card>
      </fieldset>
      {report ? <input type="hidden" name="fingerprint" value={report.fingerprint} /> : null}
      <Button type="submit" name="intent" value="check" disabled={pending} variant="secondary">
        {pending && intent === "check" ? t("checking") : t("check")}
      </Button>
      <div aria-live="polite" className="space-y-3">
        {state && !state.ok ? (
          <Notice tone="error" role="alert">
            {te(state.message)}
          </Notice>
        ) : null}
        {state?.ok && filesChanged ? <Notice tone="warning">{t("filesChanged")}</Notice> : null}
      </div>
      {report ? (
        <ImportReportView report={report}>
          {importable(report) ? (
            <Button type="submit" name="intent" value="import" disabled={pending}>
              {pending && intent === "import" ? t("importing") : t("import")}
            </Button>
          ) : null}
        </ImportReportView>
      ) : null}
    </form>
  );
}
