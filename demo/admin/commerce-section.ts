/**
 * The dashboard's commerce panels, in plain DOM on the admin SDK: the phone balance with a
 * test-mode top-up, credit packages (list, create, activate/deactivate, delete with their
 * version), and the sales report with its filters, per-currency totals and "more" paging.
 */
import { formatMoney } from '../../src/core/money.js';
import {
  fieldErrorsOf,
  isApiError,
  isValidationError,
  isVersionConflict,
  type AdminClient,
  type CreditPackage,
  type PaymentAttemptStatus,
  type SalesFilter,
} from '../../src/admin/index.js';
import { byId as $, h } from './dom.js';

/** The panels' entry point for the dashboard. */
export interface CommerceSection {
  /** Shows the panels for a connected admin client and loads their data. */
  show(admin: AdminClient): void;
}

const money = (amount: number, currency: string) => formatMoney(amount, currency, 'en');

function describe(error: unknown): string {
  if (isVersionConflict(error)) return `Changed elsewhere (now version ${error.currentVersion}); reloaded, try again.`;
  if (isValidationError(error) || (isApiError(error) && error.fieldErrors.length > 0)) {
    return fieldErrorsOf(error).map((problem) => problem.message).join(' ');
  }
  return error instanceof Error ? error.message : String(error);
}

/** Creates the commerce panels over the page's elements. */
export function createCommerceSection(): CommerceSection {
  const ui = {
    panel: $<HTMLElement>('commerce-panel'),
    balance: $<HTMLParagraphElement>('phone-balance'),
    topUpForm: $<HTMLFormElement>('top-up-form'),
    topUpAmount: $<HTMLInputElement>('top-up-amount'),
    creditList: $<HTMLUListElement>('credit-packages'),
    creditForm: $<HTMLFormElement>('credit-package-form'),
    salesForm: $<HTMLFormElement>('sales-form'),
    salesRows: $<HTMLTableSectionElement>('sales-rows'),
    salesTotals: $<HTMLUListElement>('sales-totals'),
    salesMore: $<HTMLButtonElement>('sales-more'),
    status: $<HTMLParagraphElement>('commerce-status'),
  };
  let admin: AdminClient | undefined;
  let filter: SalesFilter = {};
  let cursor: string | null = null;

  const say = (text: string) => (ui.status.textContent = text);
  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      say(describe(error));
    }
  };

  async function loadBalance(client: AdminClient): Promise<void> {
    const { balance } = await client.phoneBalance.get();
    ui.balance.textContent = `Phone balance: ${money(balance, 'USD')}${balance === 0 ? ' — phone packages cannot place calls until you top up.' : ''}`;
  }

  function creditItem(client: AdminClient, pkg: CreditPackage): HTMLLIElement {
    const toggle = h('button', { type: 'button', class: 'secondary' }, pkg.active ? 'Deactivate' : 'Activate');
    toggle.addEventListener('click', () => void attempt(async () => {
      await client.creditPackages.update(pkg.id, { active: !pkg.active }, { version: pkg.version });
    }).then(() => attempt(() => loadCredits(client))));
    const remove = h('button', { type: 'button', class: 'secondary' }, 'Delete');
    remove.addEventListener('click', () => void attempt(async () => {
      await client.creditPackages.delete(pkg.id, { version: pkg.version });
    }).then(() => attempt(() => loadCredits(client))));
    const text = `${pkg.title}: ${pkg.credits} credits for ${money(pkg.price, pkg.currency)} in ${pkg.country}${pkg.active ? '' : ' (inactive)'}`;
    return h('li', {}, text, ' ', toggle, ' ', remove);
  }

  async function loadCredits(client: AdminClient): Promise<void> {
    const packages = await client.creditPackages.list();
    ui.creditList.replaceChildren(...packages.map((pkg) => creditItem(client, pkg)));
  }

  async function loadSales(client: AdminClient, append: boolean): Promise<void> {
    const page = await client.reports.sales({ ...filter, limit: 20, ...(append && cursor ? { cursor } : {}) });
    const rows = page.items.map((row) =>
      h('tr', {},
        h('td', {}, row.createdAt.replace('T', ' ').slice(0, 16)),
        h('td', {}, row.customerEmail),
        h('td', {}, row.method === 'credits' ? `${row.credits ?? 0} credits` : money(row.amount, row.currency)),
        h('td', {}, row.status + (row.failureCode ? ` (${row.failureCode})` : '')),
        h('td', {}, row.packageId)));
    if (append) ui.salesRows.append(...rows);
    else ui.salesRows.replaceChildren(...rows);
    ui.salesTotals.replaceChildren(...page.totals.map((total) =>
      h('li', {}, `${total.currency}: ${money(total.succeeded, total.currency)} paid, ${money(total.failed, total.currency)} failed, ${total.credits} credits, ${total.count} attempts`)));
    cursor = page.nextCursor;
    ui.salesMore.hidden = cursor === null;
  }

  ui.topUpForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const client = admin;
    if (!client) return;
    void attempt(async () => {
      await client.phoneBalance.topUp({ amount: Math.round(Number(ui.topUpAmount.value) * 100) });
      ui.topUpAmount.value = '';
      await loadBalance(client);
      say('Topped up (test mode).');
    });
  });

  ui.creditForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const client = admin;
    if (!client) return;
    const data = new FormData(ui.creditForm);
    const number = (name: string) => (data.get(name) === '' ? Number.NaN : Number(data.get(name)));
    void attempt(async () => {
      await client.creditPackages.create({
        title: String(data.get('title') ?? ''),
        credits: number('credits'),
        price: number('price'),
        currency: String(data.get('currency') ?? '').trim(),
        country: String(data.get('country') ?? '').trim(),
        active: data.get('active') === 'on',
        listingOrder: number('listingOrder'),
      });
      ui.creditForm.reset();
      await loadCredits(client);
      say('Credit package created.');
    });
  });

  ui.salesForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const client = admin;
    if (!client) return;
    const data = new FormData(ui.salesForm);
    const day = (name: string) => (data.get(name) ? `${String(data.get(name))}T00:00:00Z` : undefined);
    const status = String(data.get('status') ?? '');
    filter = {
      ...(day('from') ? { from: day('from') } : {}),
      ...(day('to') ? { to: day('to') } : {}),
      ...(status ? { status: status as PaymentAttemptStatus } : {}),
    };
    void attempt(() => loadSales(client, false));
  });
  ui.salesMore.addEventListener('click', () => {
    if (admin) void attempt(() => loadSales(admin as AdminClient, true));
  });

  return {
    show(client) {
      admin = client;
      ui.panel.hidden = false;
      void attempt(async () => {
        await Promise.all([loadBalance(client), loadCredits(client), loadSales(client, false)]);
      });
    },
  };
}
