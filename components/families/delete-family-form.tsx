"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { FieldError } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { deleteFamilyAction } from "@/lib/actions/families";

export function DeleteFamilyForm({ familyId }: { familyId: string }) {
  const t = useTranslations("Families");
  const router = useRouter();
  return (
    <ActionForm action={deleteFamilyAction} success={t("deleted")} onSuccess={() => router.push("/gezinnen")}>
      {(state, pending) => (
        <>
          <input type="hidden" name="familyId" value={familyId} />
          <p className="text-lg">{t("deleteHint")}</p>
          <label className="flex min-h-12 items-center gap-3 text-lg">
            <input
              type="checkbox"
              required
              name="confirm"
              aria-describedby="delete-family-confirm-error"
              className="size-5 accent-red-800"
            />
            {t("deleteConfirm")}
          </label>
          <FieldError id="delete-family-confirm-error" errors={fieldErrors(state, "confirm")} />
          <SubmitButton pending={pending} tone="danger">
            {t("delete")}
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
