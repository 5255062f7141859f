/**
 * Customers › a customer: their facts, a credit grant with a reason, the credits ledger,
 * purchases, bookings and coupon uses (each list as the server keeps it, newest or soonest first).
 */
import { formatMoney } from '../../src/core/money.js';
import type { AdminClient, CustomerDetail } from '../../src/admin/index.js';
import { byId, h } from './dom.js';
import { formatCountry, formatInstant as when, formatTimeOfDay } from './format.js';
import { clearAlert, describeError, say, showAlert } from './feedback.js';
import { showProblems } from './customers-section.js';

/** The detail page's entry point for the dashboard. */
export interface CustomerDetailView {
  /** Loads and shows `customerId`. */
  show(admin: AdminClient, customerId: string): void;
}

function list(element: HTMLElement, lines: readonly string[], empty: string): void {
  element.replaceChildren(...(lines.length > 0 ? lines.map((line) => h('li', { class: 'item' }, line)) : [h('li', { class: 'empty' }, empty)]));
}

/** What a coupon use gave: its discount in money or credits, and gift credits. */
function couponGain(use: CustomerDetail['couponUses'][number]): string {
  const gains = use.discount > 0 ? [use.unit === 'credits' ? `−${use.discount} credits` : `−${formatMoney(use.discount, use.unit, 'en')}`] : [];
  if (use.giftCredits !== null) gains.push(`+${use.giftCredits} gift credits`);
  return gains.join(', ') || 'no discount';
}

/** Creates the detail page over the page's `#customer-*` and `#grant-*` elements. */
export function createCustomerDetail(): CustomerDetailView {
  const ui = {
    title: byId<HTMLHeadingElement>('customer-title'),
    facts: byId<HTMLDListElement>('customer-facts'),
    grant: byId<HTMLFormElement>('grant-form'),
    grantErrors: byId<HTMLUListElement>('grant-errors'),
    ledger: byId<HTMLUListElement>('customer-ledger'),
    purchases: byId<HTMLUListElement>('customer-purchases'),
    upcoming: byId<HTMLUListElement>('customer-upcoming'),
    past: byId<HTMLUListElement>('customer-past'),
    coupons: byId<HTMLUListElement>('customer-coupons'),
  };
  let admin: AdminClient | undefined;
  let customerId = '';

  /** A booking as the admin reads it: when, what (its purchase's package title, when listed) and with whom. */
  const bookingLine = (detail: CustomerDetail, experts: ReadonlyMap<string, string>, end: boolean) => (b: CustomerDetail['pastBookings'][number]) => {
    const title = detail.purchases.find((p) => p.id === b.purchaseId)?.packageTitle;
    return [`${when(b.start)}${end ? ` – ${formatTimeOfDay(b.end)}` : ''}`, title, experts.get(b.expertId) ?? b.expertId].filter(Boolean).join(' · ');
  };

  function render(detail: CustomerDetail, experts: ReadonlyMap<string, string>): void {
    const { customer } = detail;
    ui.title.textContent = customer.name || customer.email;
    const facts: [string, string][] = [
      ['E-mail', customer.email],
      ['Credits', String(customer.credits)],
      ['Phone', customer.phone ?? '—'],
      ['Country', customer.country ? formatCountry(customer.country) : '—'],
      ['Since', when(customer.createdAt)],
    ];
    ui.facts.replaceChildren(...facts.flatMap(([term, value]) => [h('dt', {}, term), h('dd', { 'data-fact': term.toLowerCase() }, value)]));
    list(ui.ledger, detail.ledger.map((entry) => `${when(entry.createdAt)} · ${entry.amount > 0 ? '+' : ''}${entry.amount} credits · ${entry.reason} · balance ${entry.balanceAfter}`), 'No credit movements yet.');
    list(ui.purchases, detail.purchases.map((p) => `${when(p.createdAt)} · ${p.packageTitle} · ${p.method === 'credits' ? `${p.credits ?? 0} credits` : formatMoney(p.amount, p.currency, 'en')} · ${p.status}`), 'No purchases yet.');
    list(ui.upcoming, detail.upcomingBookings.map(bookingLine(detail, experts, true)), 'No upcoming bookings.');
    list(ui.past, detail.pastBookings.map(bookingLine(detail, experts, false)), 'No past bookings.');
    list(ui.coupons, detail.couponUses.map((use) => `${when(use.createdAt)} · ${use.code} · ${couponGain(use)} · ${use.purchaseId} · ${use.status}`), 'No coupons used.');
  }

  /**
   * The experts' names by id, asked once per client. Without them (the list failed) bookings show
   * the expert's id, and the list is asked again next time.
   */
  let experts: { client: AdminClient; names: Promise<Map<string, string>> } | undefined;
  const expertNames = (client: AdminClient): Promise<Map<string, string>> => {
    if (experts?.client !== client) {
      const asked = { client, names: Promise.resolve(new Map<string, string>()) };
      asked.names = client.experts.list().then(
        (list) => new Map(list.map((expert) => [expert.id, expert.name])),
        () => {
          if (experts === asked) experts = undefined;
          return new Map<string, string>();
        },
      );
      experts = asked;
    }
    return experts.names;
  };

  async function load(): Promise<void> {
    if (!admin) return;
    try {
      const [detail, names] = await Promise.all([admin.customers.get(customerId), expertNames(admin)]);
      render(detail, names);
    } catch (error) {
      showAlert(`Could not load the customer: ${describeError(error)}`);
    }
  }

  ui.grant.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!admin) return;
    const client = admin;
    const data = new FormData(ui.grant);
    const amountText = String(data.get('amount') ?? '').trim();
    ui.grantErrors.hidden = true;
    clearAlert();
    void (async () => {
      try {
        const balance = await client.customers.grantCredits(customerId, { amount: amountText === '' ? Number.NaN : Number(amountText), reason: String(data.get('reason') ?? '').trim() });
        ui.grant.reset();
        say(`Granted. The balance is now ${balance.credits} credits.`);
        await load();
      } catch (error) {
        if (!showProblems(ui.grantErrors, error)) showAlert(describeError(error));
      }
    })();
  });

  return {
    show(client, id) {
      admin = client;
      customerId = id;
      ui.title.textContent = 'Customer';
      ui.facts.replaceChildren();
      for (const element of [ui.ledger, ui.purchases, ui.upcoming, ui.past, ui.coupons]) element.replaceChildren();
      void load();
    },
  };
}
