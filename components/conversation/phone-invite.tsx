"use client";

import { useTranslations } from "next-intl";
import QRCode from "qrcode";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-status";
import { createJoinCodeAction } from "@/lib/actions/conversations";
import { formatJoinCode } from "@/lib/conversation/join-code-format";

/** A QR code and a short code the parent types; made on request, so no code exists unused. */
export function PhoneInvite({ conversationId }: { conversationId: string }) {
  const t = useTranslations("Conversation");
  const [code, setCode] = useState<string | null>(null);
  const [svg, setSvg] = useState<string | null>(null);
  const [origin, setOrigin] = useState("");

  function show(newCode: string) {
    const here = window.location.origin;
    setOrigin(here);
    setCode(newCode);
    QRCode.toString(`${here}/doe-mee?code=${newCode}`, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then(setSvg, () => setSvg(null));
  }
  return (
    <div className="space-y-4">
      <ActionForm action={createJoinCodeAction} success="" onSuccess={(data) => show(data.code)}>
        {(_, pending) => (
          <>
            <input type="hidden" name="conversationId" value={conversationId} />
            <SubmitButton pending={pending}>{t("makeCode")}</SubmitButton>
          </>
        )}
      </ActionForm>
      {code ? (
        <div className="flex flex-wrap items-center gap-6">
          {svg ? <div role="img" aria-label={t("qrAlt")} className="size-56 bg-white p-2" dangerouslySetInnerHTML={{ __html: svg }} /> : null}
          <div className="space-y-2">
            <p className="text-lg">{t("codeOn", { url: `${origin}/doe-mee` })}</p>
            <p className="font-mono text-4xl font-bold tracking-widest" data-testid="join-code">
              {formatJoinCode(code)}
            </p>
            <p className="text-base text-ink-soft">{t("codeValid")}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
