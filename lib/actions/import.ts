"use server";

import { revalidatePath } from "next/cache";
import { canManageOrganisation } from "@/lib/auth/permissions";
import { checkImport, runImport } from "@/lib/import/run-import";
import type { ImportReport } from "@/lib/import/types";
import { ZImport } from "@/lib/validations/import";
import { fail, formValues, runAction } from "./result";
import type { ActionResult } from "./result-types";

/** Checks the uploaded CSV files ("check"), or checks them again and imports them ("import"). */
export async function importDataAction(_previous: ActionResult<ImportReport> | null, formData: FormData): Promise<ActionResult<ImportReport>> {
  return runAction(ZImport, formValues(formData), async (user, input) => {
    if (!canManageOrganisation(user)) return fail("forbidden");
    if (input.intent === "check") return { ok: true, data: await checkImport(user, input) };
    const report = await runImport(user, input);
    if (report.outcome === "imported") {
      revalidatePath("/beheer");
      revalidatePath("/gezinnen");
    }
    return { ok: true, data: report };
  });
}
