import { normalizeOrigin } from './http/cors.js';
import type { RateLimitOptions } from './http/rate-limit.js';
import { testPaymentProvider, type PaymentProvider } from './payments/provider.js';
import { stripePaymentProvider } from './payments/stripe.js';
import { dailyCallProvider } from './calls/daily.js';
import { storedPhoneBalance, type PhoneBalance } from './calls/phone-balance.js';
import { testCallProvider, type CallProvider } from './calls/provider.js';
import type { Mailer } from './mail/mailer.js';
import { isCurrencyCode } from '../../src/core/currencies.js';

/** A sink for the server's log lines. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** Interface to listen on; default `127.0.0.1`. */
  host?: string;
  /** Port to listen on; `0` (the default) picks a free one. */
  port?: number;
  /** PGlite data directory, or `'memory'` (the default) for an in-memory database. */
  dataDir?: string;
  /** PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string;
  /** PostgreSQL only: the schema to use (created when missing). */
  databaseSchema?: string;
  /** The admin (secret) key. */
  adminKey: string;
  /** The widget's publishable key; default `pk_test_demo`. */
  publishableKey?: string;
  /** Origins the publishable key may be used from. */
  allowedOrigins: readonly string[];
  /** Origins a browser may call the admin API from. */
  adminOrigins: readonly string[];
  /** Seed the demo tenant (experts and packages) on first start; default true. */
  seed?: boolean;
  /**
   * Requests per client (key and address) and window; `false` disables; default 600 per minute.
   * Counted in the database on the server clock, so instances sharing a database share the budget.
   */
  rateLimit?: RateLimitOptions | false;
  /** Largest accepted JSON body in bytes, whatever a route allows; default 1 MiB. */
  maxBodyBytes?: number;
  /** How long requests in flight may run on once the server is closing, in ms; default 10,000. */
  shutdownGraceMs?: number;
  /** Where log lines go; default nowhere. */
  log?: Logger;
  /**
   * The server clock: slot notice, hold expiry and seeded dates all read it (never the
   * database's `now()`). Default: the system clock. Tests inject one they can move.
   */
  clock?: () => Date;
  /** Minimum notice before a slot, in minutes; default 60. */
  minNoticeMinutes?: number;
  /** Charges cards; default the offline test-mode provider (no money moves). */
  paymentProvider?: PaymentProvider;
  /**
   * Stripe's publishable key (`pk_…`) for stripe.js in the browser, served by
   * `GET /v1/payment-config`. Required with a `stripe` payment provider, refused with any other.
   */
  stripePublishableKey?: string;
  /**
   * Sends e-mail (sign-in codes, booking confirmations); default the outbox mailer (test mode:
   * nothing is sent, mail is kept in the database and shown at `/outbox`).
   */
  mailer?: Mailer;
  /**
   * The host site's page that joins a call (https, or http on a loopback host). When set, booking
   * confirmation e-mails carry a link per booking: `<joinPageUrl>?booking=<id>#join=<token>`.
   */
  joinPageUrl?: string;
  /**
   * The host site's page where a customer reschedules or cancels a booking (same rules as
   * `joinPageUrl`). When set, confirmation e-mails carry a link per booking:
   * `<managePageUrl>#booking=<id>&token=<joinToken>`.
   */
  managePageUrl?: string;
  /** Lifetime of a customer token, in minutes; default 60. */
  customerTokenMinutes?: number;
  /** Creates call rooms, meeting tokens and phone dial-outs; default the offline test-mode provider. */
  callProvider?: CallProvider;
  /** Where the tenant's USD phone balance is read; default the `phone_balance` table. */
  phoneBalance?: PhoneBalance;
  /** Lifetime of an expert token, in minutes; default 240 (a long session and its overtime). */
  expertTokenMinutes?: number;
  /**
   * The tenant's home market, an ISO 3166-1 alpha-2 code: the public package and credit-offer
   * lists show this country's when the visitor's country is unknown or has none (see
   * `routes/visitor-country.ts`). Default `US` (the demo's credits).
   */
  defaultCountry?: string;
  /**
   * The tenant's home currency, an ISO 4217 code: what a back office preselects for a new package
   * (env `APPTKIT_DEFAULT_CURRENCY`). Default `USD` (the currency of the default country `US`).
   */
  defaultCurrency?: string;
  /**
   * The request header a trusted proxy or CDN sets to the visitor's ISO 3166-1 alpha-2 country,
   * e.g. `cf-ipcountry` (env `APPTKIT_COUNTRY_HEADER`). Only this header is trusted; without it,
   * public lists go by the `country` query, then `Accept-Language`, then `defaultCountry`. Set it
   * only when the proxy overwrites the header: otherwise any visitor can choose their country.
   */
  countryHeader?: string;
  /**
   * The background job runner (booking reminders): it ticks once the server listens, then every
   * `pollMs`, and stops on close; several instances on one database share the work, each job run
   * once. `false` polls never (tests then tick with `runJobsOnce()`). Default `{ pollMs: 30_000 }`.
   */
  jobs?: { pollMs: number } | false;
  /**
   * Accept webhook endpoints at `http://` on localhost, 127.0.0.1 or [::1] (besides `https://`):
   * for tests, whose receivers listen on the loopback interface. Default false.
   */
  allowLoopbackWebhooks?: boolean;
}

/** {@link ServerOptions} with every default applied and origins normalized. */
export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  databaseSchema: string | undefined;
  adminKey: string;
  publishableKey: string;
  allowedOrigins: string[];
  adminOrigins: string[];
  seed: boolean;
  rateLimit: RateLimitOptions | false;
  maxBodyBytes: number;
  shutdownGraceMs: number;
  log: Logger;
  clock: () => Date;
  minNoticeMinutes: number;
  paymentProvider: PaymentProvider;
  stripePublishableKey: string | undefined;
  /** `null`: the outbox mailer (test mode). */
  mailer: Mailer | null;
  joinPageUrl: string | undefined;
  managePageUrl: string | undefined;
  customerTokenMinutes: number;
  callProvider: CallProvider;
  phoneBalance: PhoneBalance;
  expertTokenMinutes: number;
  defaultCountry: string;
  defaultCurrency: string;
  /** Lower-case header name, or `undefined` when no proxy header is trusted. */
  countryHeader: string | undefined;
  jobs: { pollMs: number } | false;
  allowLoopbackWebhooks: boolean;
}

/** The demo host site's origins on `port` (APPTKIT_DEMO_PORT, 8080 by default): the default allow-list. */
export function demoOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** A logger writing one JSON line per event: info to stdout, errors (every 5xx, with its request id) to stderr. */
export const consoleLogger: Logger = {
  info: (message, fields) => console.log(JSON.stringify({ level: 'info', message, ...fields })),
  error: (message, fields) => console.error(JSON.stringify({ level: 'error', message, ...fields })),
};

function readPort(env: NodeJS.ProcessEnv, name: string, fallback: string): number {
  const text = env[name] ?? fallback;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) throw new TypeError(`${name} must be a port number (got "${text}").`);
  return port;
}

const silent: Logger = { info: () => undefined, error: () => undefined };

function normalizeOrigins(origins: readonly string[], option: string): string[] {
  return origins.map((origin) => {
    const normalized = normalizeOrigin(origin);
    if (normalized === null) throw new TypeError(`${option}: "${origin}" is not an http(s) origin such as http://localhost:8080.`);
    return normalized;
  });
}

function checkKey(key: string, prefix: string, option: string): string {
  if (!key.startsWith(prefix) || key.length < prefix.length + 4 || /\s/.test(key)) {
    throw new TypeError(`${option} must start with "${prefix}", be at least ${prefix.length + 4} characters and contain no spaces.`);
  }
  return key;
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** Checks `joinPageUrl`: an absolute https URL (http only on loopback) without fragment or credentials. */
function checkJoinPageUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const url = URL.canParse(value) ? new URL(value) : null;
  const secure = url !== null && (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname)));
  if (!url || !secure || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new TypeError(
      `joinPageUrl must be an https URL (http only on localhost, 127.0.0.1 or [::1]) without a #fragment or credentials, e.g. https://shop.example/call (got "${value}").`,
    );
  }
  return url.href;
}

/** Checks `managePageUrl` by the rules of `joinPageUrl`. */
function checkManagePageUrl(value: string | undefined): string | undefined {
  try {
    return checkJoinPageUrl(value);
  } catch (error) {
    throw new TypeError((error as Error).message.replace(/^joinPageUrl/, 'managePageUrl').replace('shop.example/call', 'shop.example/manage'));
  }
}

/** Checks that Stripe's publishable key comes exactly with the Stripe provider. */
function checkStripeKey(provider: PaymentProvider, key: string | undefined): string | undefined {
  if (key !== undefined) checkKey(key, 'pk_', 'stripePublishableKey');
  if (provider.name === 'stripe' && key === undefined) {
    throw new TypeError('stripePublishableKey (pk_…) is required with the Stripe payment provider: stripe.js needs it in the browser.');
  }
  if (provider.name !== 'stripe' && key !== undefined) {
    throw new TypeError(`stripePublishableKey is only for the Stripe payment provider (the payment provider is "${provider.name}").`);
  }
  return key;
}

/** Applies defaults to `options` and checks them, throwing a TypeError naming the bad option. */
export function resolveConfig(options: ServerOptions): ServerConfig {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new TypeError(`port must be an integer from 0 to 65535 (got ${String(options.port)}).`);
  }
  const rateLimit = options.rateLimit ?? { limit: 600, windowMs: 60_000 };
  if (rateLimit && (!(rateLimit.limit >= 1) || !(rateLimit.windowMs >= 1))) {
    throw new TypeError('rateLimit needs limit ≥ 1 and windowMs ≥ 1.');
  }
  const minNoticeMinutes = options.minNoticeMinutes ?? 60;
  if (!Number.isInteger(minNoticeMinutes) || minNoticeMinutes < 0 || minNoticeMinutes > 527_040) {
    throw new TypeError(`minNoticeMinutes must be a whole number of minutes from 0 to 527040 (got ${String(options.minNoticeMinutes)}).`);
  }
  const customerTokenMinutes = options.customerTokenMinutes ?? 60;
  if (!Number.isInteger(customerTokenMinutes) || customerTokenMinutes < 1 || customerTokenMinutes > 1440) {
    throw new TypeError(`customerTokenMinutes must be a whole number of minutes from 1 to 1440 (got ${String(options.customerTokenMinutes)}).`);
  }
  const expertTokenMinutes = options.expertTokenMinutes ?? 240;
  if (!Number.isInteger(expertTokenMinutes) || expertTokenMinutes < 1 || expertTokenMinutes > 1440) {
    throw new TypeError(`expertTokenMinutes must be a whole number of minutes from 1 to 1440 (got ${String(options.expertTokenMinutes)}).`);
  }
  const defaultCountry = options.defaultCountry ?? 'US';
  if (typeof defaultCountry !== 'string' || !/^[A-Z]{2}$/.test(defaultCountry)) {
    throw new TypeError(`defaultCountry must be an ISO 3166-1 alpha-2 code in uppercase, such as "US" (got ${JSON.stringify(options.defaultCountry)}).`);
  }
  const defaultCurrency = options.defaultCurrency ?? 'USD';
  if (!isCurrencyCode(defaultCurrency)) {
    throw new TypeError(`defaultCurrency must be an ISO 4217 code in uppercase, such as "USD" (got ${JSON.stringify(options.defaultCurrency)}).`);
  }
  const countryHeader = options.countryHeader === undefined || options.countryHeader === '' ? undefined : options.countryHeader.toLowerCase();
  if (countryHeader !== undefined && !/^[a-z0-9!#$%&'*+.^_`|~-]{1,64}$/.test(countryHeader)) {
    throw new TypeError(`countryHeader must be an HTTP header name such as "cf-ipcountry" (got ${JSON.stringify(options.countryHeader)}).`);
  }
  const jobs = options.jobs ?? { pollMs: 30_000 };
  if (jobs !== false && (!Number.isInteger(jobs.pollMs) || jobs.pollMs < 1 || jobs.pollMs > 3_600_000)) {
    throw new TypeError(`jobs.pollMs must be a whole number of milliseconds from 1 to 3600000 (got ${String(jobs.pollMs)}).`);
  }
  const paymentProvider = options.paymentProvider ?? testPaymentProvider();
  return {
    host: options.host ?? '127.0.0.1',
    port,
    dataDir: options.dataDir ?? 'memory',
    databaseUrl: options.databaseUrl || undefined,
    databaseSchema: options.databaseSchema || undefined,
    adminKey: checkKey(options.adminKey, 'sk_', 'adminKey'),
    publishableKey: checkKey(options.publishableKey ?? 'pk_test_demo', 'pk_', 'publishableKey'),
    allowedOrigins: normalizeOrigins(options.allowedOrigins, 'allowedOrigins'),
    adminOrigins: normalizeOrigins(options.adminOrigins, 'adminOrigins'),
    seed: options.seed ?? true,
    rateLimit,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    shutdownGraceMs: options.shutdownGraceMs ?? 10_000,
    log: options.log ?? silent,
    clock: options.clock ?? (() => new Date()),
    minNoticeMinutes,
    paymentProvider,
    stripePublishableKey: checkStripeKey(paymentProvider, options.stripePublishableKey || undefined),
    mailer: options.mailer ?? null,
    joinPageUrl: checkJoinPageUrl(options.joinPageUrl),
    managePageUrl: checkManagePageUrl(options.managePageUrl),
    customerTokenMinutes,
    callProvider: options.callProvider ?? testCallProvider(),
    phoneBalance: options.phoneBalance ?? storedPhoneBalance(),
    expertTokenMinutes,
    defaultCountry,
    defaultCurrency,
    countryHeader,
    jobs,
    allowLoopbackWebhooks: options.allowLoopbackWebhooks === true,
  };
}

function list(value: string | undefined, fallback: readonly string[]): string[] {
  if (value === undefined || value.trim() === '') return [...fallback];
  return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

/** STRIPE_SECRET_KEY and STRIPE_PUBLISHABLE_KEY: both or neither, the publishable one `pk_…`. */
function readStripeEnv(env: NodeJS.ProcessEnv): { secretKey: string; publishableKey: string } | undefined {
  const secretKey = env.STRIPE_SECRET_KEY || undefined;
  const publishableKey = env.STRIPE_PUBLISHABLE_KEY || undefined;
  if (secretKey === undefined && publishableKey === undefined) return undefined;
  if (secretKey === undefined || publishableKey === undefined) {
    const [set, missing] = secretKey === undefined ? ['STRIPE_PUBLISHABLE_KEY', 'STRIPE_SECRET_KEY'] : ['STRIPE_SECRET_KEY', 'STRIPE_PUBLISHABLE_KEY'];
    throw new TypeError(`${set} is set but ${missing} is not: Stripe needs both (the secret key for the server, the publishable pk_… key for stripe.js), or neither for test mode.`);
  }
  if (!publishableKey.startsWith('pk_')) {
    throw new TypeError(`STRIPE_PUBLISHABLE_KEY must be Stripe's publishable key, starting with "pk_" (never the secret sk_… key).`);
  }
  return { secretKey, publishableKey };
}

/** JOIN_PAGE_URL, checked here so that the message names the variable. */
function checkEnvJoinPageUrl(value: string): string {
  try {
    return checkJoinPageUrl(value) as string;
  } catch (error) {
    throw new TypeError(`JOIN_PAGE_URL: ${(error as Error).message.replace(/^joinPageUrl /, '')}`);
  }
}

/** Server options read from the environment: keys and data directory are always known. */
export type EnvServerOptions = ServerOptions & { publishableKey: string; dataDir: string; port: number };

/** Reads the server options from environment variables (see demo/server/main.ts). */
export function loadConfig(env: NodeJS.ProcessEnv, log?: Logger): EnvServerOptions {
  const port = readPort(env, 'APPTKIT_API_PORT', '8787');
  // By default the widget and the admin may be used from the demo host site, on whatever port it runs.
  const defaultOrigins = demoOrigins(readPort(env, 'APPTKIT_DEMO_PORT', '8080'));
  const stripe = readStripeEnv(env);
  return {
    host: env.APPTKIT_API_HOST || '127.0.0.1',
    port,
    dataDir: env.APPTKIT_DATA_DIR || '.data',
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    adminKey: env.APPTKIT_ADMIN_KEY || 'sk_test_demo_admin',
    publishableKey: 'pk_test_demo',
    allowedOrigins: list(env.APPTKIT_ALLOWED_ORIGINS, defaultOrigins),
    adminOrigins: list(env.APPTKIT_ADMIN_ORIGINS, defaultOrigins),
    ...(stripe ? { paymentProvider: stripePaymentProvider({ secretKey: stripe.secretKey }), stripePublishableKey: stripe.publishableKey } : {}),
    ...(env.DAILY_API_KEY ? { callProvider: dailyCallProvider({ apiKey: env.DAILY_API_KEY }) } : {}),
    ...(env.JOIN_PAGE_URL ? { joinPageUrl: checkEnvJoinPageUrl(env.JOIN_PAGE_URL) } : {}),
    ...(env.APPTKIT_DEFAULT_COUNTRY ? { defaultCountry: env.APPTKIT_DEFAULT_COUNTRY } : {}),
    ...(env.APPTKIT_DEFAULT_CURRENCY ? { defaultCurrency: env.APPTKIT_DEFAULT_CURRENCY } : {}),
    ...(env.APPTKIT_COUNTRY_HEADER ? { countryHeader: env.APPTKIT_COUNTRY_HEADER } : {}),
    ...(log ? { log } : {}),
  };
}
