import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_BODY_LIMIT } from "./lib/security/action-request";
import { API_CONTENT_SECURITY_POLICY, staticSecurityHeaders } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Loaded from node_modules at run time: argon2's native binary, pdfkit's font metrics files.
  serverExternalPackages: ["@node-rs/argon2", "pdfkit"],
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  // The proxy refuses larger server-action bodies itself, with a 413 (lib/security/action-request.ts).
  experimental: { serverActions: { bodySizeLimit: ACTION_BODY_LIMIT } },
  // Pages get their headers, with a nonce, from proxy.ts; the API (outside the proxy) gets these.
  async headers() {
    // Read here, not through lib/env: this file is loaded by the build, where the app's own
    // start-up checks (a secret in production) do not apply yet.
    const https = (process.env.NEXTAUTH_URL ?? "").startsWith("https:");
    return [
      {
        source: "/api/:path*",
        headers: [["Content-Security-Policy", API_CONTENT_SECURITY_POLICY], ...staticSecurityHeaders(https)].map(([key, value]) => ({ key, value })),
      },
    ];
  },
  turbopack: {
    rules: {
      "*.css": {
        loaders: ["@tailwindcss/turbopack"],
        as: "*.css",
      },
    },
  },
};

export default withNextIntl(nextConfig);
