import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { isPublicAddress } from "./address-guard.js";
import { addressPolicy, checkHost, guardedLookup } from "./guarded-lookup.js";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.0.9",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "64:ff9b::a9fe:a9fe",
    "2002:c0a8:0101::1",
    "fe80::1%eth0",
    "not-an-address",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "172.32.0.1",
    "93.184.216.34",
    "2606:4700::1111",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
  ])("allows %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

type Answer = LookupAddress[];

/** Runs the guarded lookup over a fake resolver that answers `answer` for any name. */
function lookUp(answer: Answer, allowPrivate: boolean, all: boolean) {
  const lookup = guardedLookup(addressPolicy(allowPrivate), (_name, _options, callback) =>
    callback(null, answer),
  );
  return new Promise<{ error: Error | null; address: unknown; family?: number }>((resolve) =>
    lookup("news.test", { all }, (error, address, family) =>
      resolve({ error, address, ...(family !== undefined && { family }) }),
    ),
  );
}

describe("guardedLookup", () => {
  it("refuses a name that resolves only to private addresses", async () => {
    const result = await lookUp([{ address: "10.0.0.7", family: 4 }], false, false);
    expect(result.error?.message).toMatch(/news\.test resolves to 10\.0\.0\.7/);
  });

  it("connects only to the checked public addresses of a name that has both", async () => {
    const answer = [
      { address: "127.0.0.1", family: 4 },
      { address: "93.184.216.34", family: 4 },
      { address: "::1", family: 6 },
    ];
    expect(await lookUp(answer, false, false)).toEqual({
      error: null,
      address: "93.184.216.34",
      family: 4,
    });
    expect((await lookUp(answer, false, true)).address).toEqual([answer[1]]);
    expect((await lookUp(answer, true, true)).address).toEqual(answer);
  });

  it("refuses localhost through the real resolver", async () => {
    const lookup = guardedLookup(addressPolicy(false));
    const error = await new Promise<Error | null>((resolve) =>
      lookup("localhost", { all: true }, (failure) => resolve(failure)),
    );
    expect(error?.message).toMatch(/private or reserved address/);
  });
});

describe("checkHost", () => {
  it.each(["http://127.0.0.1/", "http://[::1]:8080/", "http://2130706433/", "http://0x7f.1/"])(
    "refuses the literal address of %s",
    (url) => {
      expect(() => checkHost(new URL(url), addressPolicy(false))).toThrow(
        expect.objectContaining({ code: "E_BLOCKED_ADDRESS" }),
      );
    },
  );

  it("lets names through to the lookup and allows everything with allowPrivate", () => {
    expect(() => checkHost(new URL("http://news.test/"), addressPolicy(false))).not.toThrow();
    expect(() => checkHost(new URL("http://127.0.0.1/"), addressPolicy(true))).not.toThrow();
  });
});
