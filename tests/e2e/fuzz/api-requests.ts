import fc from "fast-check";
import { nastyString, unknownId } from "../../support/fuzz/arbitraries";

/** One generated HTTP request; `label` says in a failure what it was. */
export interface FuzzRequest {
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** Visible ASCII only: the one thing a header value cannot be is a line break or a NUL byte. */
const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 60 });

/** Percent-encoded as UTF-8; a lone surrogate (no UTF-8 for it) becomes U+FFFD first, as a browser does. */
export const encoded = (text: string) => encodeURIComponent(Buffer.from(text).toString());

/** Path segments an id can be: unknown, percent-encoded junk, a NUL byte, broken escapes, 5,000 characters. */
export const pathId: fc.Arbitrary<string> = fc.oneof(
  unknownId,
  nastyString.map(encoded),
  fc.constantFrom("%00", "a%00b", "%", "%zz", "%C0%AF", "..%2F..%2Fetc%2Fpasswd", "%E2%80%AE", "x".repeat(5_000), "$K1", "_next"),
);

const queryKeys = fc.oneof(fc.constantFrom("taal", "vorm", "soort", "teamId", "from", "to", "phase", "instrument", "callbackUrl", "error", "csrf"), nastyString);

/** A query string: known and unknown keys with junk values, repeated keys, or not even decodable. */
export const queryString: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.tuple(queryKeys, fc.oneof(nastyString, fc.constantFrom("json", "pdf", "nl", "ar", "2025-Q3", "9999-Q9", "FAMILY_OPENED")))).map((pairs) => {
    const search = new URLSearchParams();
    for (const [key, value] of pairs) search.append(key, value);
    return pairs.length ? `?${search}` : "";
  }),
  fc.constantFrom("?%", "?taal=%00", "?vorm=json&vorm=pdf", "?=", "?&&&", `?teamId=${"x".repeat(3000)}`),
);

const apiPaths = (id: string): string[] => [
  "/api/logboek",
  "/api/resultaten",
  `/api/gesprekken/${id}/samenvatting`,
  `/api/gesprekken/${id}/volgend-gesprek`,
  `/api/gesprekken/${id}/status`,
  `/api/gezinnen/${id}/export`,
  "/api/auth/csrf",
  "/api/auth/session",
  "/api/auth/providers",
  "/api/auth/signin",
  "/api/auth/signout",
  "/api/auth/callback/credentials",
  "/api/auth/error",
  `/api/auth/${id}`,
  `/api/${id}`,
];

/** Headers a client may make up: content types, cookies with forged values, a spoofed address, an action id. */
export const junkHeaders: fc.Arbitrary<Record<string, string>> = fc.dictionary(
  fc.constantFrom("content-type", "accept", "accept-language", "x-forwarded-for", "next-action", "origin", "range", "if-none-match", "rsc", "next-router-state-tree"),
  fc.oneof(headerText, fc.constantFrom("application/json", "multipart/form-data; boundary=x", "text/plain", "text/x-component", "application/x-www-form-urlencoded", "null", "1")),
  { maxKeys: 4 },
);

/** Cookies with forged values: a session, parent mode, a phone's join, a language. */
export const junkCookies: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom("next-auth.session-token", "next-auth.callback-url", "next-auth.csrf-token", "samenspraak-parent-mode", "samenspraak-participant", "NEXT_LOCALE", "samenspraak-parent-locale"), headerText.map(encodeURIComponent)), { maxLength: 3 })
  .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join("; "));

/** A body of any kind: bytes, text with NUL bytes, JSON, a form, credentials that cannot be right. */
export const junkBody: fc.Arbitrary<Buffer> = fc
  .oneof(
    fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
    nastyString.map((text) => Buffer.from(text)),
    fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value) ?? "")),
    fc.dictionary(fc.constantFrom("csrfToken", "email", "password", "json", "callbackUrl"), nastyString).map((fields) => Buffer.from(new URLSearchParams(fields).toString())),
  );

/** Every API route, with any method, id, query, headers and body. */
export function apiRequest(withCookies: boolean): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: fc.oneof({ weight: 4, arbitrary: fc.constant("GET") }, fc.constantFrom("POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")),
      path: pathId.chain((id) => fc.constantFrom(...apiPaths(id))),
      query: queryString,
      headers: junkHeaders,
      cookie: withCookies ? fc.option(junkCookies) : fc.constant(null),
      body: fc.option(junkBody),
    })
    .map(({ method, path, query, headers, cookie, body }) => ({
      label: `${method} ${path}${query}`.slice(0, 200),
      method,
      path: path + query,
      headers: cookie ? { ...headers, cookie } : headers,
      body: method === "GET" || method === "HEAD" ? undefined : (body ?? undefined),
    }));
}

/**
 * Requests generated runs hit only once in a few seeds, asked on every run: every auth path
 * posted as JSON that is not JSON (next-auth parsed it without a catch), and a router state Next
 * cannot parse on a page, an unknown API address and an unknown static file (Next threw while
 * rendering the not-found page), a broken form posted to those two (Next took it for a form
 * action on the not-found page), an auth address with a query key given twice (next-auth
 * took the list for text) and a callbackUrl in a form body that is not an address. All were 500s.
 */
export function onceRareRequests(): FuzzRequest[] {
  const brokenJson = apiPaths("unknown").filter((path) => path.startsWith("/api/auth/")).flatMap((path) =>
    ["", "{", "not json"].map((text) => ({
      label: `POST ${path} as JSON: ${JSON.stringify(text)}`,
      method: "POST",
      path,
      headers: { "content-type": "application/json" },
      body: Buffer.from(text),
    })),
  );
  const brokenRouterState = ["/instrumenten", "/api/unknown", "/_next/unknown"].map((path) => ({
    label: `GET ${path} with a broken router state`,
    method: "GET",
    path,
    headers: { rsc: "1", "next-router-state-tree": "%X\\Sb`<" },
  }));
  const brokenForm = ["/api/unknown", "/_next/unknown"].map((path) => ({
    label: `POST ${path} as a broken form`,
    method: "POST",
    path,
    headers: { "content-type": "multipart/form-data; boundary=x" },
    body: Buffer.from("x"),
  }));
  const repeatedKeys = ["/api/auth/session?callbackUrl=&callbackUrl=x", "/api/auth/error?error=json&error=%00"].map((path) => ({
    label: `GET ${path}`,
    method: "GET",
    path,
    headers: {},
  }));
  const bodyCallbackUrl = {
    label: "POST /api/auth/signin with a callbackUrl in the body that is not an address",
    method: "POST",
    path: "/api/auth/signin",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: Buffer.from("csrfToken=x&callbackUrl=bind"),
  };
  return [...brokenJson, ...brokenRouterState, ...brokenForm, ...repeatedKeys, bodyCallbackUrl];
}
