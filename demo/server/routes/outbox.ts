import { listOutbox } from '../db/outbox.js';
import { HttpProblem, notFound } from '../http/problem.js';
import type { RequestContext, Route } from '../http/router.js';
import { outboxPage } from '../mail/outbox-page.js';
import type { RouteDeps } from './context.js';

/** The outbox page's headers: no script, style, frame, form or base of any origin. */
export const OUTBOX_PAGE_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * The test-mode outbox (no key; only while the outbox mailer is in use, else 404): the e-mails
 * the server would have sent, as an HTML page and as JSON, newest first, optionally `?to=` one address.
 * It holds sign-in codes and join links, so no other site's script may read it: a request with
 * an `Origin` (a cross-origin fetch) is refused without CORS headers.
 */
export function outboxRoutes({ db, config }: RouteDeps): Route[] {
  /** The mails asked for, or a 404 when a real mailer is configured. */
  async function mails(ctx: RequestContext) {
    if (config.mailer !== null) throw notFound('The outbox (test mode only: a mailer is configured)');
    if (ctx.req.headers.origin !== undefined) {
      throw new HttpProblem(403, 'origin_not_allowed', 'The test-mode outbox is not readable by web pages of any origin; open it directly.', { cors: false });
    }
    const to = ctx.url.searchParams.get('to')?.trim() || undefined;
    return { to, mails: await listOutbox(db, config.adminKey, to) };
  }
  return [
    {
      method: 'GET',
      path: '/outbox',
      audience: 'open',
      handler: async (ctx) => {
        const { to, mails: list } = await mails(ctx);
        return { status: 200, body: outboxPage(list, to), contentType: 'text/html; charset=utf-8', headers: OUTBOX_PAGE_HEADERS };
      },
    },
    {
      method: 'GET',
      path: '/outbox.json',
      audience: 'open',
      handler: async (ctx) => ({ status: 200, body: { data: (await mails(ctx)).mails } }),
    },
  ];
}
