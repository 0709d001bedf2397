/** The slice of proxy-addr (Express's own resolver behind `req.ip`) the gateway uses for WebSocket upgrades. */
declare module 'proxy-addr' {
  import type { IncomingMessage } from 'node:http';
  function proxyaddr(req: IncomingMessage, trust: (address: string, hop: number) => boolean): string;
  export default proxyaddr;
}
