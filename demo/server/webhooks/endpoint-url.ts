/**
 * Where the server may POST events: an absolute `https://` URL without credentials or fragment,
 * never to the server's own machine unless loopback webhooks are allowed (the `allowLoopbackWebhooks`
 * option, for tests), and then over `http://` too. Checked when an endpoint is written and again
 * before every attempt (the option may have changed since).
 */
import type { FieldError } from '../../../src/core/index.js';

/** Hosts that name the server's own machine. */
const LOOPBACK = /^(localhost|\[::1?\]|0\.0\.0\.0|127(\.\d{1,3}){3})$/i;

/** The problem of `value` as a webhook URL at `field`, or `null` when the server may POST to it. */
export function webhookUrlError(value: string, allowLoopback: boolean, field = 'url'): FieldError | null {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || !['https:', 'http:'].includes(url.protocol) || url.username !== '' || url.password !== '' || value.includes('#')) {
    return { field, code: 'invalid_url', message: `${field} must be an absolute https URL without credentials or #fragment, e.g. https://crm.example/hooks/apptkit.` };
  }
  if (LOOPBACK.test(url.hostname)) {
    if (allowLoopback) return null;
    return { field, code: 'loopback_not_allowed', message: `${field} names this server's own machine (${url.hostname}); webhooks go to the tenant's systems over https.` };
  }
  if (url.protocol !== 'https:') {
    return { field, code: 'https_required', message: `${field} must use https (got ${url.protocol}//${url.host}): events carry customer data and are signed, not encrypted.` };
  }
  return null;
}
