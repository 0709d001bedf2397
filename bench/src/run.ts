/**
 * `npm run bench [-- <name> ...]`: runs the named benchmarks (all when none is named) one after another,
 * each writing its section of docs/benchmarks.md. Benchmarks are programs, not tests: they never run in CI.
 */
const BENCHMARKS: Record<string, string> = {
  'gateway-hop': './gatewayHop.ts',
  'events-enqueue': './eventsEnqueue.ts',
  'events-workers': './eventsWorkers.ts',
  subscriptions: './subscriptionFanout.ts',
  'bill-inquiry': './billInquiry.ts',
  participate: './participate.ts',
  'check-ins': './gateCheckIns.ts',
  'analytics-dashboard': './analyticsDashboard.ts',
  'integrations-transform': './integrationsTransform.ts',
};

const requested = process.argv.slice(2);
const names = requested.length ? requested : Object.keys(BENCHMARKS);
for (const name of names) {
  const module = BENCHMARKS[name];
  if (!module) {
    console.error(`unknown benchmark "${name}"; have: ${Object.keys(BENCHMARKS).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n# ${name}`);
  await import(module);
}
