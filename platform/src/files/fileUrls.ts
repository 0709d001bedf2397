import { createHmac } from 'node:crypto';
import type { RequestHandler } from 'express';
import { constantTimeEqual } from '../crypto/tokens.ts';
import { ErrorCode } from '../errors/codes.ts';

/** Where the gateway serves a subgraph's files: `<PUBLIC_URL>/files/<subgraph>/<path>`. */
export const FILES_PATH = '/files';

/** Longest a signed link may be valid: links end up in browser histories and chat messages. */
export const MAX_SIGNED_URL_TTL_MS = 24 * 3600_000;

/** The file links of one subgraph (`runtime.files`). */
export interface FileUrls {
  /** The absolute URL of a file anyone may fetch (SNS images that media channels download). */
  publicUrl(path: string): string;
  /**
   * An absolute link that works without an Authorization header until it expires (a CSV download the
   * owner's browser opens). Mint it only after checking that the caller may see the file.
   */
  signedUrl(path: string, options: { ttlMs: number; now?: number }): string;
  /** Express middleware for routes served only through `signedUrl` links: 403 for anything else. */
  requireSignedUrl: RequestHandler;
}

/**
 * Signed links are HMACs over (subgraph, path, expiry) with a key derived from the subgraph signing secret
 * for this purpose only, so a link for one file never opens another, nor the same file after it expires, and
 * a leaked link cannot be turned into a request signature. The origin is not covered: the same link works
 * behind any proxy that forwards to the gateway.
 */
export function createFileUrls(options: { subgraph: string; publicUrl: string; signingSecret: string }): FileUrls {
  const key = createHmac('sha256', options.signingSecret).update('attendgate file links v1').digest();
  const base = `${options.publicUrl.replace(/\/$/, '')}${FILES_PATH}/${encodeURIComponent(options.subgraph)}`;
  const mac = (path: string, expires: string) => createHmac('sha256', key).update(`${options.subgraph}\n${path}\n${expires}`).digest('base64url');

  return {
    publicUrl: (path) => `${base}${encodePath(path)}`,
    signedUrl(path, { ttlMs, now = Date.now() }) {
      if (!(ttlMs > 0 && ttlMs <= MAX_SIGNED_URL_TTL_MS)) throw new Error(`signed links live between 1 ms and ${MAX_SIGNED_URL_TTL_MS} ms`);
      const encoded = encodePath(path);
      const expires = String(now + ttlMs);
      return `${base}${encoded}?expires=${expires}&signature=${mac(encoded, expires)}`;
    },
    requireSignedUrl: (req, res, next) => {
      const { expires, signature } = req.query;
      // req.path is relative to the router's mount and still percent-encoded, as the link was signed.
      const valid =
        typeof expires === 'string' && typeof signature === 'string' && /^\d{1,15}$/.test(expires)
        && Number(expires) > Date.now() && constantTimeEqual(mac(req.path, expires), signature);
      if (!valid) {
        res.status(403).json({ errors: [{ message: 'This link is not valid or has expired; ask for a new one.', extensions: { code: ErrorCode.FORBIDDEN } }] });
        return;
      }
      next();
    },
  };
}

/** `images/a b.png` → `/images/a%20b.png`; refuses paths that could step outside the subgraph's files. */
function encodePath(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (!segments.length || segments.some((segment) => segment === '.' || segment === '..')) throw new Error(`not a file path: ${path}`);
  return '/' + segments.map(encodeURIComponent).join('/');
}
