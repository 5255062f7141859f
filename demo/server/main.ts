/**
 * CLI of the reference tenant server: `node --import tsx demo/server/main.ts`.
 *
 * Environment: APPTKIT_API_PORT (8787), APPTKIT_API_HOST (127.0.0.1), APPTKIT_DATA_DIR (.data),
 * DATABASE_URL (PostgreSQL instead of the embedded PGlite), APPTKIT_ADMIN_KEY
 * (sk_test_demo_admin), APPTKIT_ALLOWED_ORIGINS and APPTKIT_ADMIN_ORIGINS (comma-separated;
 * default the demo host site's origins on APPTKIT_DEMO_PORT, 8080: http://127.0.0.1:8080,http://localhost:8080), STRIPE_SECRET_KEY and STRIPE_PUBLISHABLE_KEY
 * (both: charge cards through Stripe instead of the offline test-mode provider), JOIN_PAGE_URL (the
 * host site's call page, linked from booking e-mails), APPTKIT_DEFAULT_COUNTRY (US: the credit
 * offers listed without a country or currency). E-mail goes to the test-mode outbox
 * (`/outbox`). On SIGINT and SIGTERM it stops taking connections, lets requests in flight finish
 * for up to 10 s, closes the database and exits.
 */
import { consoleLogger as log, loadConfig } from './config.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  const options = loadConfig(process.env, log);
  const server = await startServer(options);
  const database = options.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${options.dataDir}`;
  console.log(`apptkit reference server on ${server.url}/v1 — ${database}`);
  console.log(`publishable key: ${options.publishableKey} (origins ${options.allowedOrigins.join(', ')})`);
  console.log(`admin key: ${options.adminKey === 'sk_test_demo_admin' ? options.adminKey : '(from APPTKIT_ADMIN_KEY)'}`);
  console.log(`test-mode outbox (e-mail is kept, not sent): ${server.url}/outbox`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    // Requests in flight get the grace period; a database that will not close does not keep the process.
    setTimeout(() => {
      log.error('did not stop in time; exiting', { signal });
      process.exit(1);
    }, (options.shutdownGraceMs ?? 10_000) + 5_000).unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('failed to stop cleanly', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
