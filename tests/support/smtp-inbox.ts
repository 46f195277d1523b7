import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on a free local port that keeps what it receives: the app's mail goes
 * through nodemailer and the wire exactly as it would to the organisation's server.
 */
export async function startSmtpInbox() {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    /** The mails sent to this address so far, waiting up to `timeoutMs` for at least `count`. */
    async to(address: string, count = 1, timeoutMs = 10_000): Promise<ParsedMail[]> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.filter((mail) => mail.to && [mail.to].flat().some((to) => to.value.some((entry) => entry.address === address)));
        if (found.length >= count || Date.now() > deadline) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The one-time link in a mail's text. */
export function linkIn(mail: ParsedMail): string {
  const match = /https?:\/\/\S+\/wachtwoord\/instellen\?token=[\w%-]+/.exec(mail.text ?? "");
  if (!match) throw new Error(`No link in: ${mail.text}`);
  return match[0];
}
