"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { setUpOrganisation } from "@/lib/setup/organisation-setup";
import { ZSetUp } from "@/lib/validations/setup";
import { anyone, fail, formValues, runAction } from "./result";
import type { ActionResult } from "./result-types";

/**
 * The setup page: no session exists yet, so the token the server printed stands in for one.
 * It works once; after it, setup is closed for good (lib/setup/organisation-setup.ts).
 */
export async function setUpOrganisationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    ZSetUp,
    formValues(formData),
    async (_, { token, organisationName, name, email, password }) => {
      const outcome = await setUpOrganisation(db, { organisationName, name, email, password }, token);
      if (!outcome.ok) return fail(outcome.reason === "alreadySetUp" ? "alreadySetUp" : "invalidLink");
      redirect("/inloggen?ingericht=1");
    },
    anyone,
  );
}
