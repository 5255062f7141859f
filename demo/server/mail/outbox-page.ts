/**
 * The test-mode outbox as an HTML page: every text HTML-escaped, web addresses as links, no
 * script and no style (the route's Content-Security-Policy allows neither).
 */
import type { OutboxMail } from '../db/outbox.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` with every HTML-significant character escaped (safe in text and quoted attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string);
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

/** Escaped `text` with its http(s) addresses as links that send no referrer. */
function linkify(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const index = match.index ?? 0;
    const url = escapeHtml(match[0]);
    html += `${escapeHtml(text.slice(last, index))}<a href="${url}" rel="noreferrer">${url}</a>`;
    last = index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

function article(mail: OutboxMail): string {
  return [
    '<article>',
    `<h2 dir="auto">${escapeHtml(mail.subject)}</h2>`,
    `<p>To: ${escapeHtml(mail.to)} · <time datetime="${escapeHtml(mail.createdAt)}">${escapeHtml(mail.createdAt)}</time></p>`,
    // Right-to-left mails (Arabic) start with a right-to-left mark, so `auto` lays them out right to left.
    `<pre dir="auto">${linkify(mail.text)}</pre>`,
    '</article>',
  ].join('\n');
}

/** The whole page, newest mail first as given; `to` names the filter in use. */
export function outboxPage(mails: readonly OutboxMail[], to?: string): string {
  const scope = to === undefined ? '' : ` to ${escapeHtml(to)}`;
  const list = mails.length === 0 ? `<p>No e-mail${scope} yet.</p>` : mails.map(article).join('\n<hr>\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<title>Outbox (test mode)</title>
</head>
<body>
<main>
<h1>Test-mode outbox: nothing was sent</h1>
<p>The reference server is in test mode: instead of sending e-mail, it keeps it here, newest first${scope}. Configure a mailer to send real e-mail.</p>
${list}
</main>
</body>
</html>
`;
}
