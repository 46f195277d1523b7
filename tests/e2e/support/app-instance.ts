import { spawn, type ChildProcess } from "node:child_process";

/**
 * The built app started the way a deployment starts it (`npm start`: migrations, content, the
 * app's own server), on a database of the test's choosing. Resolves once it serves, with
 * everything it printed so far (the setup link is among it).
 */
export async function startAppInstance(options: { port: number; env: Record<string, string> }) {
  const environment: Record<string, string | undefined> = { ...process.env, DATABASE_URL: undefined, ...options.env, PORT: String(options.port), NEXT_TELEMETRY_DISABLED: "1" };
  const child: ChildProcess = spawn("npx", ["tsx", "lib/cli/serve.ts"], { env: environment as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  while (!/Next\.js ready/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The app did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url: `http://localhost:${options.port}`,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await exited;
    },
  };
}
