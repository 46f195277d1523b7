import { isReadableFormAction, isReadableReply } from "./reply-format";

// A server-action request that Next cannot decode ends in a 500 with an error digest: a body
// that is not React's reply format ("$", invalid JSON, NUL bytes), a broken multipart form, a
// body over the limit, an Origin from another site (issue 15, item 1.8). The proxy asks here
// first and answers those with a short plain refusal instead. A browser running this app never
// sends one; what it sends passes unchanged.

/**
 * Next's bodySizeLimit for server actions (next.config.ts sets it from here): 7 MB, because the
 * CSV import sends up to three files of at most 2 MB each (lib/validations/import.ts).
 */
export const ACTION_BODY_LIMIT = "7mb";
export const ACTION_BODY_LIMIT_BYTES = 7 * 1024 * 1024;

export interface Refusal {
  status: 400 | 403 | 413;
  message: string;
}

const refusal = (status: Refusal["status"], reason: string): Refusal => ({
  status,
  message: `${reason}\nDit verzoek is niet uitgevoerd. Laad de pagina opnieuw en probeer het nog eens.\nThis request was not carried out. Reload the page and try again.`,
});

/** Whether Next would treat the request as a server action, the way Next decides it. */
function isActionRequest(request: Request): boolean {
  if (request.method !== "POST") return false;
  return request.headers.has("next-action") || (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
}

/** Next compares the Origin's host with the host the request was sent to, and aborts with a 500 when they differ. */
function isCrossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return origin === "null" || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** The body up to the limit, or null when it is larger: read no further than that. */
async function limitedBody(request: Request): Promise<Buffer | null> {
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT_BYTES) return null;
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
    size += read.value.byteLength;
    if (size > ACTION_BODY_LIMIT_BYTES) {
      reader!.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}

/** Why this server-action request cannot be decoded, or null when it can (or is no action at all). */
export async function refuseMalformedAction(request: Request): Promise<Refusal | null> {
  if (!isActionRequest(request)) return null;
  if (isCrossSite(request)) return refusal(403, "Cross-site request.");
  // The proxy reads a copy of the body: Next keeps its own for the action (its clonableBody).
  const body = await limitedBody(request);
  if (body === null) return refusal(413, "Request too large.");
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data")) {
    // Only a fetch from the app sends no form: its arguments as one JSON row.
    if (!request.headers.has("next-action")) return null;
    const text = new TextDecoder().decode(body);
    return isReadableReply((id) => (id === "0" ? text : null)) ? null : refusal(400, "Malformed request.");
  }
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    return refusal(400, "Malformed form.");
  }
  if (hasControlCharacterInPartHeader(form)) return refusal(400, "Malformed form.");
  const readable = request.headers.has("next-action")
    ? isReadableReply((id) => {
        const value = form.get(id);
        return typeof value === "string" ? value : null;
      })
    : isReadableFormAction(form);
  return readable ? null : refusal(400, "Malformed request.");
}

/**
 * The fetch standard's parser takes a field or file name with a control character in it (a NUL
 * byte); Next's parser (busboy) calls that part header malformed and ends in a 500. A tab is
 * the one control character a header value may hold.
 */
function hasControlCharacterInPartHeader(form: FormData): boolean {
  for (const [name, value] of form) {
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(typeof value === "string" ? name : name + value.name)) return true;
  }
  return false;
}
