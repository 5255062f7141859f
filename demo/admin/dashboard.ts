/**
 * A third-party-style admin back office in plain DOM, built on the headless admin SDK only: no
 * framework, no innerHTML (every text goes through textContent), the admin key kept in memory.
 * This module connects, shows the connected state and routes between the pages of the menu.
 */
import { createAdminClient, createPackageStore, type AdminClient, type PackageStore, type TenantSettings } from '../../src/admin/index.js';
import { createAvailabilitySection } from './availability-section.js';
import { createCampaignForm } from './campaign-form.js';
import { createCampaignsSection } from './campaigns-section.js';
import { createCommerceSection } from './commerce-section.js';
import { createCouponDetail } from './coupon-detail.js';
import { createCouponForm } from './coupon-form.js';
import { createCouponsSection } from './coupons-section.js';
import { createCustomerDetail } from './customer-detail.js';
import { createCustomersSection } from './customers-section.js';
import { byId as $, h } from './dom.js';
import { clearAlert, describeError, say, showAlert } from './feedback.js';
import { parseRoute, renderMenu, showViews, type Route } from './nav.js';
import { createPackageForm } from './package-form.js';
import { createPackageList } from './package-list.js';

const apiUrl = document.querySelector<HTMLMetaElement>('meta[name="apptkit-api"]')?.content ?? '';

const ui = {
  connectPanel: $<HTMLElement>('connect-panel'),
  connect: $<HTMLFormElement>('connect'),
  apiKey: $<HTMLInputElement>('api-key'),
  connection: $<HTMLParagraphElement>('connection'),
  disconnect: $<HTMLButtonElement>('disconnect'),
  menu: $<HTMLElement>('menu'),
  menuGroups: $<HTMLUListElement>('menu-groups'),
  expert: $<HTMLSelectElement>('expert'),
  language: $<HTMLSelectElement>('language'),
};

/** The connection: the client (holding the key in memory), the tenant's settings and the expert's package store. */
let admin: AdminClient | undefined;
let settings: TenantSettings | undefined;
let store: PackageStore | undefined;

const availability = createAvailabilitySection();
const commerce = createCommerceSection();
const customers = createCustomersSection();
const customerDetail = createCustomerDetail();
const packageList = createPackageList(() => ui.language.value);
const packageForm = createPackageForm(() => settings, () => go('#/services/appointments/packages'));
const campaigns = createCampaignsSection();
const campaignForm = createCampaignForm(() => settings, () => go('#/marketing/campaigns'));
const coupons = createCouponsSection();
const couponDetail = createCouponDetail();
const couponForm = createCouponForm((couponId) => go(`#/marketing/coupons/${encodeURIComponent(couponId)}`), () => go('#/marketing/coupons'));

renderMenu(ui.menuGroups);

function go(hash: string): void {
  if (location.hash === hash) route();
  else location.hash = hash;
}

// ---- connecting --------------------------------------------------------------------------------

ui.connect.addEventListener('submit', (event) => {
  event.preventDefault();
  void connect(ui.apiKey.value.trim());
});

function setConnection(state: 'disconnected' | 'connecting' | 'connected', text: string): void {
  ui.connection.dataset.state = state;
  ui.connection.textContent = text;
  ui.disconnect.hidden = state !== 'connected';
}

async function connect(apiKey: string): Promise<void> {
  clearAlert();
  let client: AdminClient;
  try {
    client = createAdminClient({ baseUrl: apiUrl, apiKey });
  } catch (error) {
    showAlert(describeError(error));
    ui.apiKey.focus();
    return;
  }
  setConnection('connecting', 'Connecting…');
  try {
    const [experts, home] = await Promise.all([client.experts.list(), client.settings.get()]);
    admin = client;
    settings = home;
    ui.expert.replaceChildren(...experts.map((expert) => h('option', { value: expert.id }, `${expert.name} — ${expert.headline}`)));
    ui.apiKey.value = '';
    ui.connectPanel.hidden = true;
    ui.menu.hidden = false;
    setConnection('connected', `Connected · ${experts.length} experts · ${home.defaultCountry} / ${home.defaultCurrency}`);
    selectExpert();
    route();
    ui.menu.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
  } catch (error) {
    setConnection('disconnected', 'Not connected');
    showAlert(`Could not connect: ${describeError(error)}`);
    ui.apiKey.focus();
  }
}

ui.disconnect.addEventListener('click', () => {
  // Forgets the client and with it the key; the page returns to its first state.
  admin = undefined;
  settings = undefined;
  store = undefined;
  ui.menu.hidden = true;
  ui.connectPanel.hidden = false;
  for (const view of document.querySelectorAll<HTMLElement>('.view')) view.hidden = true;
  setConnection('disconnected', 'Not connected');
  say('Disconnected; the key is forgotten.');
  ui.apiKey.focus();
});

function selectExpert(): void {
  if (!admin || !ui.expert.value) return;
  store = createPackageStore(admin, { expertId: ui.expert.value });
  packageList.use(store);
}

ui.expert.addEventListener('change', () => {
  selectExpert();
  route();
});
ui.language.addEventListener('change', () => packageList.render());

// ---- routing -----------------------------------------------------------------------------------

/** Which views a route shows, and what it loads. */
function open(next: Route, client: AdminClient): readonly string[] {
  switch (next.view) {
    case 'customers':
      customers.show(client);
      return ['customers'];
    case 'customer':
      customerDetail.show(client, next.customerId);
      return ['customer'];
    case 'commerce':
      commerce.show(client);
      return ['commerce'];
    case 'campaigns':
      campaigns.show(client);
      return ['campaigns'];
    case 'campaign-form':
      campaignForm.open(client, next.campaignId);
      return ['campaign-form'];
    case 'coupons':
      coupons.show(client);
      return ['coupons'];
    case 'coupon-form':
      couponForm.open(client);
      return ['coupon-form'];
    case 'coupon':
      couponDetail.show(client, next.couponId);
      return ['coupon'];
    case 'availability':
      availability.show(client, ui.expert.value);
      return ['appointments', 'availability'];
    case 'package-form': {
      if (!store) return ['appointments', 'packages'];
      const pkg = next.packageId ? store.getSnapshot().items.find((item) => item.id === next.packageId) : undefined;
      if (next.packageId && !pkg) return ['appointments', 'packages'];
      packageForm.open(store, pkg);
      return ['appointments', 'package-form'];
    }
    default:
      return ['appointments', 'packages'];
  }
}

function route(): void {
  if (!admin) return;
  clearAlert();
  const next = parseRoute(location.hash);
  showViews(next, open(next, admin));
  const crumbs: Partial<Record<Route['view'], string>> = {
    packages: 'Packages',
    'package-form': next.view === 'package-form' && next.packageId ? 'Packages › Edit' : 'Packages › New',
    availability: 'Availability',
  };
  const tail = crumbs[next.view];
  if (tail) $('appointments-crumb').textContent = `Services › Appointments › ${tail}`;
}

window.addEventListener('hashchange', route);
