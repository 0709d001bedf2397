import { createHash, randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';

/** Major version of Apollo's embeddable Sandbox on its CDN (the one Apollo Server 5's own landing page uses). */
const SANDBOX_CDN_VERSION = 'v2';
const SANDBOX_SCRIPT = `https://embeddable-sandbox.cdn.apollographql.com/${SANDBOX_CDN_VERSION}/embeddable-sandbox.umd.production.min.js`;
const SANDBOX_FRAME_ORIGIN = 'https://sandbox.embed.apollographql.com';

/**
 * Apollo Sandbox as the landing page (outside production only), with the subscription endpoint preset.
 *
 * Apollo Server's built-in landing page has no subscription-URL option, so this renders the embeddable
 * Sandbox itself with `initialSubscriptionEndpoint`: the page's own URL with ws(s), because graphql-ws is
 * served on the same path as HTTP. Both URLs are taken from `location` in the browser, so they are right
 * behind proxies and port mappings too. The embed has no option for the subscription protocol: that choice
 * lives in Sandbox's connection settings (pick graphql-ws there if another protocol is selected).
 *
 * The browser loads Sandbox from Apollo's CDN, so it needs internet access.
 */
export function sandboxLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: async () => sandboxHtml(createHash('sha256').update(randomUUID()).digest('hex')) };
        },
      };
    },
  };
}

function sandboxHtml(nonce: string): string {
  const csp = [
    `script-src 'nonce-${nonce}' https://embeddable-sandbox.cdn.apollographql.com`,
    `style-src 'nonce-${nonce}'`,
    `frame-src ${SANDBOX_FRAME_ORIGIN}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <title>attendgate · Apollo Sandbox</title>
    <style nonce="${nonce}">
      body { margin: 0; overflow: hidden; font-family: sans-serif; }
      #sandbox { position: absolute; inset: 0; }
      #sandbox iframe { width: 100%; height: 100%; border: none; }
      .fallback { padding: 1em; }
    </style>
  </head>
  <body>
    <div id="sandbox"><p class="fallback">Apollo Sandbox could not be loaded from Apollo's CDN; this page needs internet access.</p></div>
    <script nonce="${nonce}" src="${SANDBOX_SCRIPT}"></script>
    <script nonce="${nonce}">
      var endpoint = window.location.origin + window.location.pathname;
      if (window.EmbeddedSandbox) {
        document.getElementById('sandbox').innerHTML = '';
        new window.EmbeddedSandbox({
          target: '#sandbox',
          initialEndpoint: endpoint,
          initialSubscriptionEndpoint: endpoint.replace(/^http/, 'ws'),
          endpointIsEditable: false,
          allowDynamicStyles: false,
          runTelemetry: false,
        });
      }
    </script>
  </body>
</html>
`;
}
