import { defineConfig, devices } from "@playwright/test";

const port = 3100;
const embeddedDbPort = 54341;
const environment: Record<string, string | undefined> = { ...process.env };
delete environment.DATABASE_URL;

// E2E runs the built app on its own in-memory embedded database: it never touches a real one
// (DATABASE_URL is dropped on purpose) nor the demo's data folder. The fuzz test reads that
// database directly, for a checksum before and after (tests/e2e/fuzz-http.spec.ts).
process.env.E2E_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${embeddedDbPort}/postgres?sslmode=disable`;
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  // Two cores run the server, the browser and the test: give slow moments room. A whole
  // conversation on a phone (join, rate, reveal, PDF) took 21 s alone and over 30 s in a full run.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "tablet-landscape", use: { ...devices["Desktop Chrome"], viewport: { width: 1024, height: 768 }, hasTouch: true } },
    {
      name: "tablet-portrait",
      testMatch: /(conversation-.*|team-reflection|reveal-overview)\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 768, height: 1024 }, hasTouch: true },
    },
    // The durability proofs start their own servers and databases: once is enough.
    { name: "phone", testIgnore: /durability\.spec\.ts/, use: { ...devices["Desktop Chrome"], viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } },
  ],
  webServer: {
    command: "tsx lib/cli/serve.ts --demo",
    url: `http://localhost:${port}/instrumenten`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      ...(environment as Record<string, string>),
      PORT: String(port),
      EMBEDDED_DB_DIR: "memory://",
      EMBEDDED_DB_PORT: String(embeddedDbPort),
      NEXT_TELEMETRY_DISABLED: "1",
      // Every test signs in from 127.0.0.1: keep the per-IP limit out of the way of the
      // per-account one the tests exercise (the IP limit has its own integration test).
      LOGIN_MAX_FAILURES_PER_IP: "1000",
    },
  },
});
