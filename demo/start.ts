/**
 * `npm start`: the reference tenant server on one origin and the demo host site on another,
 * as a real embedding would be. Ctrl-C stops both cleanly.
 */
import { startServer } from './server/server.js';
import { consoleLogger, loadConfig } from './server/config.js';
import { startHostSite } from './host/server.js';

// The API allow-lists the host site's origins on APPTKIT_DEMO_PORT unless told otherwise, and logs
// every failed request (a 5xx) with its request id.
const config = loadConfig(process.env, consoleLogger);
const sitePort = Number(process.env.APPTKIT_DEMO_PORT ?? 8080);
// The confirmation e-mail's call links open the host site's call page unless JOIN_PAGE_URL says
// otherwise; its "Reschedule or cancel" links open the host site's manage page.
const api = await startServer({
  ...config,
  joinPageUrl: config.joinPageUrl ?? `http://127.0.0.1:${sitePort}/call.html`,
  managePageUrl: config.managePageUrl ?? `http://127.0.0.1:${sitePort}/manage.html`,
});
const site = await startHostSite({
  port: sitePort,
  apiUrl: api.url,
  publishableKey: config.publishableKey,
  adminKey: config.adminKey,
});

console.log(`
apptkit demo is running

  host site (embeds the widget)   ${site.url}/
  one-tag booking                 ${site.url}/book.html
  my account (bookings, credits)  ${site.url}/account.html
  test outbox (sign-in codes)     ${api.url}/outbox
  admin dashboard (admin SDK)     ${site.url}/admin/
  tenant API                      ${api.url}/v1
  publishable key (widget)        ${config.publishableKey}
  admin key (secret)              ${config.adminKey}
  data directory                  ${config.databaseUrl ? '(PostgreSQL via DATABASE_URL)' : config.dataDir}

Press Ctrl-C to stop.
`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  await Promise.allSettled([site.close(), api.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
