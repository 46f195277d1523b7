import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { TImport } from "@/lib/validations/import";
import type { Writes } from "./plan-shared";
import { planImport, type UploadedFiles } from "./plan";
import { readCsv } from "./read-csv";
import { loadExisting, writePlan } from "./store";
import { importKinds, type Counts, type ImportKind, type ImportReport } from "./types";

/** Long enough for 10,000 families on the embedded database; the default is 5 seconds. */
const TRANSACTION_TIMEOUT_MS = 120_000;

async function readUploads(input: TImport): Promise<{ files: UploadedFiles; fingerprint: string }> {
  const hash = createHash("sha256");
  const files: UploadedFiles = {};
  for (const kind of importKinds) {
    const file = input[kind];
    if (!file) continue;
    const bytes = new Uint8Array(await file.arrayBuffer());
    hash.update(`${kind}:${bytes.length}:`).update(bytes);
    files[kind] = { fileName: file.name, csv: readCsv(kind, bytes) };
  }
  return { files, fingerprint: hash.digest("hex") };
}

const staffEmails = (files: UploadedFiles) => (files.staff?.csv.rows ?? []).map((row) => row.values["e-mail"].toLowerCase());

/** What importing these files would do, and every problem; writes nothing. */
export async function checkImport(user: SessionUser, input: TImport, outcome: "checked" | "stale" = "checked"): Promise<ImportReport> {
  const { files, fingerprint } = await readUploads(input);
  const existing = await loadExisting(db, user.organisationId, staffEmails(files));
  return { ...planImport(files, existing, user).report, fingerprint, outcome };
}

const nothingToWrite = (writes: Writes) => Object.values(writes).every((list) => list.length === 0);

/** The audit trail's line: counts only, no names, addresses or labels. */
function summaryOf(counts: Record<ImportKind, Counts>): string {
  const { teams, staff, families } = counts;
  return `teams: ${teams.created} nieuw; medewerkers: ${staff.created} nieuw, ${staff.changed} aangepast; gezinnen: ${families.created} nieuw, ${families.changed} aangepast`;
}

/**
 * Checks the files again, inside the transaction that writes them: the preview is never
 * trusted, and the data it was checked against cannot change before the writing. One import per
 * organisation at a time; all of it, or nothing.
 */
export async function runImport(user: SessionUser, input: TImport): Promise<ImportReport> {
  const { files, fingerprint } = await readUploads(input);
  // Not the files that were checked (chosen again since): show these, import nothing.
  if (input.fingerprint !== fingerprint) return checkImport(user, input, "stale");
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`import|${user.organisationId}`}))`;
      const existing = await loadExisting(tx, user.organisationId, staffEmails(files));
      const { report, writes } = planImport(files, existing, user);
      if (report.problemCount > 0) return { ...report, fingerprint, outcome: "checked" as const };
      // The same file again changes nothing: not even the audit trail, as nothing happened.
      if (!nothingToWrite(writes)) {
        await writePlan(tx, user.organisationId, existing, writes);
        await recordAudit(tx, { organisationId: user.organisationId, actorId: user.id, action: "DATA_IMPORTED", summary: summaryOf(report.counts) });
      }
      return { ...report, fingerprint, outcome: "imported" as const };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}
