/**
 * What the e-mails show of times and money, in the reader's language and time zone, through
 * `Intl` only: a session's span on the wall clock of a zone that is always named, e.g.
 * `Tue, 16 Mar 2027, 14:00–14:50 Central European Time (Europe/Berlin)`, and amounts in the
 * currency's ISO minor units.
 */
import { formatMoney } from '../../../src/core/money.js';
import type { MailTerms } from './i18n/index.js';

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
const RIGHT_TO_LEFT_MARK = '\u200f';

/**
 * `text` (a name, a title, an id) isolated from the bidirectional text around it in a
 * right-to-left mail, so that e.g. a Latin title does not reorder the Arabic sentence around it.
 */
export function isolate(terms: MailTerms, text: string): string {
  return terms.$dir === 'rtl' && text !== '' ? `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}` : text;
}

/** `paragraphs` as the mail's text: in a right-to-left mail, each line starts with a right-to-left mark. */
export function mailText(terms: MailTerms, paragraphs: readonly string[]): string {
  const text = paragraphs.join('\n\n');
  const marked = terms.$dir === 'rtl' ? text.split('\n').map((line) => (line === '' ? line : RIGHT_TO_LEFT_MARK + line)).join('\n') : text;
  return `${marked}\n`;
}

const spanFormats = new Map<string, Intl.DateTimeFormat>();

function spanFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = spanFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    if (spanFormats.size >= 64) spanFormats.clear();
    spanFormats.set(key, format);
  }
  return format;
}

function zonePart(locale: string, timeZone: string, style: 'longGeneric' | 'long' | 'longOffset', at: Date): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * The name of `timeZone` in the mail's language with its IANA id, e.g. `Central European Time
 * (Europe/Berlin)`. The generic name ("Central European Time") holds across daylight saving;
 * where the language has none, only an offset (UTC), the specific name is used.
 */
export function zoneName(terms: MailTerms, timeZone: string, at: Date): string {
  const generic = zonePart(terms.$intl, timeZone, 'longGeneric', at);
  const name = generic === zonePart(terms.$intl, timeZone, 'longOffset', at) ? zonePart(terms.$intl, timeZone, 'long', at) : generic;
  return `${name} (${isolate(terms, timeZone)})`;
}

/**
 * A session from `start` to `end` (ISO instants) on the wall clock of `timeZone`, the zone named:
 * `Tue, 16 Mar 2027, 14:00–14:50 Central European Time (Europe/Berlin)`; an end on another day
 * carries its date.
 */
export function sessionSpan(terms: MailTerms, start: string, end: string, timeZone: string): string {
  const from = new Date(start);
  return `${spanFormat(terms.$intl, timeZone).formatRange(from, new Date(end))} ${zoneName(terms, timeZone, from)}`;
}

/** What a purchase cost, as the mail says it. */
export interface Price {
  method: 'card' | 'credits' | 'free';
  /** In the smallest unit of `currency`. */
  amount: number;
  currency: string;
  credits: number | null;
}

/** A coupon a purchase used: what it took off (in the purchase's unit) and the credits it gave. */
export interface MailedCoupon {
  code: string;
  discount: number;
  giftCredits?: number;
}

/** `at` on the wall clock of `timeZone`, the zone named: `Tue, 16 Mar 2027, 14:05 Central European Time (Europe/Berlin)`. */
export function instantText(terms: MailTerms, at: string, timeZone: string): string {
  const date = new Date(at);
  const format = new Intl.DateTimeFormat(terms.$intl, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${format.format(date)} ${zoneName(terms, timeZone, date)}`;
}

/** `−€18.00`, `−2 credits` or `+7 gift credits`, in the mail's language. */
export function couponText(terms: MailTerms, price: Price, coupon: MailedCoupon): string {
  const parts: string[] = [];
  if (coupon.discount > 0) parts.push(`−${price.method === 'credits' ? terms.credits(coupon.discount) : formatMoney(coupon.discount, price.currency, terms.$intl)}`);
  if (coupon.giftCredits !== undefined) parts.push(terms.giftCredits(coupon.giftCredits));
  return parts.join(', ');
}

/** `€120.00`, `12 credits` or `Free`, in the mail's language. */
export function priceText(terms: MailTerms, price: Price): string {
  if (price.method === 'credits') return terms.credits(price.credits ?? 0);
  if (price.method === 'free' || price.amount === 0) return terms.free;
  return formatMoney(price.amount, price.currency, terms.$intl);
}
