// Security headers for every page and API response. Pages get a CSP with a fresh nonce per
// request (set in proxy.ts, which Next.js reads to put the nonce on its own scripts); the API
// returns data only, so its policy forbids everything. No lib/env here: next.config.ts imports
// this file, and the environment is checked when the app starts, not when its config is read.

/** No inline script runs without this request's nonce; nothing may frame the app (the PIN screen). */
export function pageContentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced framework scripts load are trusted; nothing else. Dev
    // mode's hot reload needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (chart bars, React) cannot carry a nonce; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The same on every response; HSTS only where the app is served over https. */
export function staticSecurityHeaders(https: boolean): [string, string][] {
  return [
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    // Join codes may travel in a link (?code=): never pass an address on to another site.
    ["Referrer-Policy", "no-referrer"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"],
    ...(https ? ([["Strict-Transport-Security", "max-age=31536000; includeSubDomains"]] as [string, string][]) : []),
  ];
}
