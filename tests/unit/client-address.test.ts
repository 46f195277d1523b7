import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { clientAddressFrom, withTrustedClientAddress } from "@/lib/auth/client-address";
import { clientIp } from "@/lib/auth/client-ip";

// The review's attack: a new X-Forwarded-For per request made every guess look like a new
// client. The address the app counts by now comes from the socket, or from trusted proxies only.

describe("clientAddressFrom", () => {
  it("ignores what the client says about itself when the app is reached directly", () => {
    expect(clientAddressFrom({ socketAddress: "198.51.100.7", forwardedFor: "203.0.113.1", trustedHops: 0 })).toBe("198.51.100.7");
  });

  it("behind one trusted proxy, takes the address that proxy saw, not what the client added before it", () => {
    expect(clientAddressFrom({ socketAddress: "10.0.0.2", forwardedFor: "203.0.113.1, 198.51.100.7", trustedHops: 1 })).toBe("198.51.100.7");
    expect(clientAddressFrom({ socketAddress: "10.0.0.3", forwardedFor: ["203.0.113.1", "198.51.100.7, 10.0.0.2"], trustedHops: 2 })).toBe("198.51.100.7");
  });

  it("with fewer entries than trusted hops, takes the furthest one there is", () => {
    expect(clientAddressFrom({ socketAddress: "10.0.0.2", forwardedFor: undefined, trustedHops: 1 })).toBe("10.0.0.2");
  });

  it("reads an IPv4 address mapped into IPv6 as the same client", () => {
    expect(clientAddressFrom({ socketAddress: "::ffff:198.51.100.7", forwardedFor: undefined, trustedHops: 0 })).toBe("198.51.100.7");
  });
});

describe("the app's server front", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function serve(trustedHops: number) {
    server = createServer(withTrustedClientAddress((request, response) => response.end(clientIp(request.headers)), trustedHops));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  }

  it("gives the app the socket's address whatever X-Forwarded-For and X-Real-IP the client sends", async () => {
    const url = await serve(0);
    const seen = await Promise.all(
      Array.from({ length: 30 }, (_, i) => fetch(url, { headers: { "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `192.0.2.${i}` } }).then((response) => response.text())),
    );
    expect(new Set(seen)).toEqual(new Set(["127.0.0.1"]));
  });
});
