"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { setUpOrganisation } from "@/lib/setup/organisation-setup";
import { ZSetUp } from "@/lib/validations/setup";
import { fail, formValues, parseInput } from "./result";
import type { ActionResult } from "./result-types";

/**
 * The setup page: no session exists yet, so the token the server printed stands in for one.
 * It works once; after it, setup is closed for good (lib/setup/organisation-setup.ts).
 */
export async function setUpOrganisationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = parseInput(ZSetUp, formValues(formData));
  if (!parsed.ok) return parsed;
  const { token, organisationName, name, email, password } = parsed.data;
  try {
    const outcome = await setUpOrganisation(db, { organisationName, name, email, password }, token);
    if (!outcome.ok) return fail(outcome.reason === "alreadySetUp" ? "alreadySetUp" : "invalidLink");
  } catch (error) {
    console.error("Setup failed", error);
    return fail("unexpected");
  }
  redirect("/inloggen?ingericht=1");
}
