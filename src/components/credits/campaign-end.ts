/**
 * When a campaign ends, as a visitor reads it: the date and time in their zone and locale, the
 * zone named ("Oct 31, 2026, 11:59 PM Central European Standard Time"), so that a visitor in
 * another zone than the shop's knows how long the price holds.
 */
export function formatCampaignEnd(endsAt: string, locale: string, timeZone: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'long',
  });
  return format.format(new Date(endsAt));
}
