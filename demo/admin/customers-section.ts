/**
 * Customers › Customers list: search by name or e-mail, page on with "More", add a customer by
 * hand; each row opens the customer's detail page.
 */
import { COUNTRY_CODES } from '../../src/core/countries.js';
import { fieldErrorsOf, isApiError, isValidationError, type AdminClient, type AdminCustomer } from '../../src/admin/index.js';
import { byId, h } from './dom.js';
import { clearAlert, describeError, say, showAlert } from './feedback.js';
import { formatCountry } from './format.js';

/** The customers list's entry point for the dashboard. */
export interface CustomersSection {
  /** Loads the first page (with the current search) for `admin`. */
  show(admin: AdminClient): void;
}

/** Shows field problems as a list under a form (the SDK's and the server's words). */
export function showProblems(list: HTMLUListElement, error: unknown): boolean {
  if (!isValidationError(error) && !(isApiError(error) && error.fieldErrors.length > 0)) return false;
  list.replaceChildren(...fieldErrorsOf(error).map((problem) => h('li', {}, problem.message)));
  list.hidden = false;
  return true;
}

/** Creates the customers list over the page's `#customer*` elements. */
export function createCustomersSection(): CustomersSection {
  const ui = {
    search: byId<HTMLFormElement>('customer-search'),
    q: byId<HTMLInputElement>('customer-q'),
    rows: byId<HTMLUListElement>('customer-rows'),
    more: byId<HTMLButtonElement>('customers-more'),
    add: byId<HTMLFormElement>('add-customer'),
    addErrors: byId<HTMLUListElement>('add-customer-errors'),
    country: byId<HTMLSelectElement>('customer-country'),
  };
  ui.country.replaceChildren(
    h('option', { value: '' }, 'Unknown'),
    ...COUNTRY_CODES.map((code) => ({ code, label: formatCountry(code) }))
      .sort((a, b) => a.label.localeCompare(b.label))
      .map(({ code, label }) => h('option', { value: code }, label)),
  );
  let admin: AdminClient | undefined;
  let cursor: string | null = null;

  const row = (customer: AdminCustomer): HTMLLIElement =>
    h(
      'li',
      { class: 'item customer' },
      h('a', { href: `#/customers/${encodeURIComponent(customer.id)}`, class: 'customer-link' }, customer.name || customer.email),
      h('span', { class: 'meta' }, `${customer.email} · ${customer.credits} credits`),
    );

  async function load(append: boolean): Promise<void> {
    if (!admin) return;
    const q = ui.q.value.trim();
    try {
      const page = await admin.customers.list({ ...(q ? { q } : {}), limit: 20, ...(append && cursor ? { cursor } : {}) });
      const rows = page.data.map(row);
      if (append) ui.rows.append(...rows);
      else ui.rows.replaceChildren(...rows);
      if (!append && rows.length === 0) ui.rows.append(h('li', { class: 'empty' }, q ? `No customer matches "${q}".` : 'No customers yet.'));
      cursor = page.nextCursor;
      ui.more.hidden = cursor === null;
      say(q ? `Customers matching "${q}".` : 'Newest customers first.');
    } catch (error) {
      showAlert(`Could not load the customers: ${describeError(error)}`);
    }
  }

  ui.search.addEventListener('submit', (event) => {
    event.preventDefault();
    void load(false);
  });
  ui.more.addEventListener('click', () => void load(true));
  ui.add.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!admin) return;
    const client = admin;
    const data = new FormData(ui.add);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    ui.addErrors.hidden = true;
    clearAlert();
    void (async () => {
      try {
        const created = await client.customers.create({
          name: text('name'),
          email: text('email'),
          ...(text('phone') ? { phone: text('phone') } : {}),
          ...(text('country') ? { country: text('country') } : {}),
        });
        ui.add.reset();
        await load(false);
        say(`Added ${created.name} (${created.email}).`);
      } catch (error) {
        if (!showProblems(ui.addErrors, error)) showAlert(describeError(error));
      }
    })();
  });

  return {
    show(client) {
      admin = client;
      void load(false);
    },
  };
}
