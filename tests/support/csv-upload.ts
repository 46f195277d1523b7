import { createTranslator } from "next-intl";
import { beforeEach, vi } from "vitest";
import { importDataAction } from "@/lib/actions/import";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { problemText } from "@/lib/import/problem-text";
import type { ImportKind, ImportReport } from "@/lib/import/types";
import messages from "@/lib/i18n/messages/nl.json";
import { createWorld, type World } from "./factories";
import { resetDatabase } from "./reset-database";

/**
 * A fresh world before each test, with its admin signed in. The test file mocks
 * "@/lib/auth/session" (vi.mock is hoisted only there).
 */
export function adminWorld(): () => World {
  let world: World;
  beforeEach(async () => {
    await resetDatabase(db);
    world = await createWorld(db);
    vi.mocked(getCurrentUser).mockResolvedValue(world.actors.admin);
  });
  return () => world;
}

/** A CSV file as Dutch Excel saves it (semicolons, byte-order mark), or as plain comma CSV. */
export function csvFile(name: string, rows: string[][], style: "excel" | "comma" = "excel"): File {
  const delimiter = style === "excel" ? ";" : ",";
  const quote = (cell: string) => (/[";,\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const text = rows.map((row) => row.map(quote).join(delimiter)).join(style === "excel" ? "\r\n" : "\n");
  return new File([style === "excel" ? `\uFEFF${text}\r\n` : `${text}\n`], name, { type: "text/csv" });
}

export type Upload = Partial<Record<ImportKind, File>>;

function uploadForm(upload: Upload, intent: "check" | "import", fingerprint?: string): FormData {
  const data = new FormData();
  data.append("intent", intent);
  if (fingerprint) data.append("fingerprint", fingerprint);
  for (const [kind, file] of Object.entries(upload)) data.append(kind, file);
  return data;
}

/** The preview, as the admin's "Controleren" gets it. */
export async function checkUpload(upload: Upload): Promise<ImportReport> {
  const result = await importDataAction(null, uploadForm(upload, "check"));
  if (!result.ok) throw new Error(`check failed: ${JSON.stringify(result)}`);
  return result.data;
}

/** "Controleren", then "Importeren" with the fingerprint of what was checked. */
export async function importUpload(upload: Upload): Promise<ImportReport> {
  const checked = await checkUpload(upload);
  const result = await importDataAction(null, uploadForm(upload, "import", checked.fingerprint));
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result)}`);
  return result.data;
}

export { uploadForm };

const t = createTranslator({ locale: "nl", messages, namespace: "Import" });

/** Every problem of a report as the screen says it, in Dutch. */
export function problemLines(report: ImportReport): string[] {
  return report.files.flatMap((file) => [
    ...file.problems.map((problem) => `${file.kind}: ${problemText(t, problem)}`),
    ...file.rows.flatMap((row) => row.problems.map((problem) => `${file.kind}: ${problemText(t, problem, row.line)}`)),
  ]);
}
