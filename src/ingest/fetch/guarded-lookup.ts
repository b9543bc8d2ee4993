/**
 * A DNS lookup for HTTP requests that drops the addresses the guard refuses, so a request
 * connects only to an address that was checked — there is no gap between checking a name and
 * connecting to it (no DNS-rebinding window). Literal IP hosts skip DNS, so they are checked
 * before the request (checkHost).
 */

import * as dns from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import { HarbingerError } from "../../errors.js";
import { isPublicAddress } from "./address-guard.js";

type Resolver = (
  hostname: string,
  options: dns.LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void,
) => void;

/** The error a refused address produces inside a request; the fetcher reports it as coded. */
export class BlockedAddressError extends Error {
  readonly code = "E_BLOCKED_ADDRESS";
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`${hostname} resolves to ${address}, a private or reserved address`);
  }
}

/** Says whether a request may connect to an IP address. */
export type AddressPolicy = (address: string) => boolean;

/** The policy of `--allow-private`: everything; otherwise public addresses only. */
export function addressPolicy(allowPrivate: boolean): AddressPolicy {
  return allowPrivate ? () => true : isPublicAddress;
}

/** A lookup for `http.request({ lookup })`; `resolve` is injectable for tests. */
export function guardedLookup(
  allowAddress: AddressPolicy,
  resolve: Resolver = dns.lookup as Resolver,
): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) {
        callback(error, "", 0);
        return;
      }
      const allowed = addresses.filter((entry) => allowAddress(entry.address));
      const first = allowed[0];
      if (first === undefined) {
        callback(new BlockedAddressError(hostname, addresses[0]?.address ?? "no address"), "", 0);
      } else if (options.all) {
        callback(null, allowed);
      } else {
        callback(null, first.address, first.family);
      }
    });
  };
}

/** Refuses a literal IP host that the guard does not allow (DNS names are checked on lookup). */
export function checkHost(url: URL, allowAddress: AddressPolicy): void {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) !== 0 && !allowAddress(host)) {
    throw new HarbingerError(
      "E_BLOCKED_ADDRESS",
      url.toString(),
      `${host} is not a public address`,
    );
  }
}
