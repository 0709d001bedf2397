import dns, { type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent, buildConnector, type Dispatcher } from 'undici';

/**
 * Addresses no request to a user-chosen URL may reach: this machine, the private networks we run in, and the
 * cloud's metadata endpoints (link-local). RFC 6890's special-purpose ranges that could lead inward.
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) PRIVATE.addSubnet(network, prefix, 'ipv6');

/** Whether an IP address (v4 or v6, IPv4-mapped v6 included) is private, loopback, link-local or otherwise inward. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').toLowerCase();
  const version = isIP(bare);
  if (version === 4) return PRIVATE.check(bare, 'ipv4');
  if (version !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare)?.[1] ?? mappedFromHex(bare);
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  return PRIVATE.check(bare, 'ipv6');
}

/** `::ffff:7f00:1` (how URL and DNS spell an IPv4-mapped address) as its IPv4 address. */
function mappedFromHex(address: string): string | undefined {
  const match = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (!match) return undefined;
  const high = parseInt(match[1]!, 16);
  const low = parseInt(match[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** A connection refused because the host is, or resolves to, a private or local address. */
export class PrivateAddressError extends Error {
  readonly host: string;
  constructor(host: string) {
    super(`${host} is or resolves to a private or local address`);
    this.name = 'PrivateAddressError';
    this.host = host;
  }
}

type Lookup = (hostname: string, options: dns.LookupAllOptions, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

/**
 * An HTTP client (undici dispatcher) that connects only to public addresses, for requests to URLs that users
 * chose (integrations' base URLs, webhooks). The check runs when the connection is made, on the addresses the
 * name resolved to then, so a name that resolves to a private address (or is changed to, after the URL was
 * accepted: DNS rebinding) is refused before any byte is sent. Every address of the name must be public, or
 * the resolver could choose a private one on a later connection. `lookup` is the resolver (the system's).
 */
export function publicAddressesOnly(options: { lookup?: Lookup } = {}): Dispatcher {
  const resolve: Lookup = options.lookup ?? ((hostname, lookupOptions, callback) => dns.lookup(hostname, lookupOptions, callback));
  const guardedLookup = (hostname: string, lookupOptions: dns.LookupOptions, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    resolve(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      if (!addresses.length || addresses.some((entry) => isPrivateAddress(entry.address))) return callback(new PrivateAddressError(hostname), '');
      if (lookupOptions.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
  const connect = buildConnector({ lookup: guardedLookup } as buildConnector.BuildOptions);
  return new Agent({
    connect(connectOptions, callback) {
      // An address in the URL itself is not looked up: checked here.
      if (isIP(connectOptions.hostname.replace(/^\[|\]$/g, '')) && isPrivateAddress(connectOptions.hostname)) {
        return callback(new PrivateAddressError(connectOptions.hostname), null);
      }
      return connect(connectOptions, callback);
    },
  });
}
