/**
 * The dashboard's frame: the left menu (a table of groups and their pages, so a new page such as
 * Marketing › Campaigns is one more entry) and a hash router that shows one view at a time.
 */
import { h } from './dom.js';

/** A page of the menu: its label and the hash it opens. */
export interface MenuPage {
  readonly label: string;
  readonly hash: string;
}

/** A heading of the menu with its pages. */
export interface MenuGroup {
  readonly label: string;
  readonly pages: readonly MenuPage[];
}

/** The menu, top to bottom. */
export const MENU: readonly MenuGroup[] = [
  { label: 'Services', pages: [{ label: 'Appointments', hash: '#/services/appointments/packages' }] },
  { label: 'Customers', pages: [{ label: 'Customers list', hash: '#/customers' }] },
  {
    label: 'Marketing',
    pages: [
      { label: 'Campaigns', hash: '#/marketing/campaigns' },
      { label: 'Coupons', hash: '#/marketing/coupons' },
    ],
  },
  { label: 'Credits and sales', pages: [{ label: 'Credits, phone and sales', hash: '#/commerce' }] },
];

/** A route the dashboard knows: which view it shows and its parameters. */
export type Route =
  | { view: 'packages' }
  | { view: 'package-form'; packageId?: string }
  | { view: 'availability' }
  | { view: 'customers' }
  | { view: 'customer'; customerId: string }
  | { view: 'commerce' }
  | { view: 'campaigns' }
  | { view: 'campaign-form'; campaignId?: string }
  | { view: 'coupons' }
  | { view: 'coupon-form' }
  | { view: 'coupon'; couponId: string };

/** Reads `#/marketing/…`: campaigns (list, new, edit/<id>) and coupons (list, new, <id>). */
function parseMarketing(parts: readonly string[]): Route {
  if (parts[1] === 'coupons') {
    if (parts[2] === 'new') return { view: 'coupon-form' };
    return parts[2] ? { view: 'coupon', couponId: parts[2] } : { view: 'coupons' };
  }
  if (parts[2] === 'new') return { view: 'campaign-form' };
  if (parts[2] === 'edit' && parts[3]) return { view: 'campaign-form', campaignId: parts[3] };
  return { view: 'campaigns' };
}

/** Reads a location hash; anything unknown opens the packages list. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'customers') return parts[1] ? { view: 'customer', customerId: parts[1] } : { view: 'customers' };
  if (parts[0] === 'commerce') return { view: 'commerce' };
  if (parts[0] === 'marketing') return parseMarketing(parts);
  if (parts[0] === 'services' && parts[2] === 'availability') return { view: 'availability' };
  if (parts[0] === 'services' && parts[3] === 'new') return { view: 'package-form' };
  if (parts[0] === 'services' && parts[3] === 'edit' && parts[4]) return { view: 'package-form', packageId: parts[4] };
  return { view: 'packages' };
}

/** The menu hash a route belongs to (for `aria-current`). */
function menuHashOf(route: Route): string {
  if (route.view === 'customers' || route.view === 'customer') return '#/customers';
  if (route.view === 'commerce') return '#/commerce';
  if (route.view === 'campaigns' || route.view === 'campaign-form') return '#/marketing/campaigns';
  if (route.view === 'coupons' || route.view === 'coupon-form' || route.view === 'coupon') return '#/marketing/coupons';
  return '#/services/appointments/packages';
}

/** Renders the menu into `list`. */
export function renderMenu(list: HTMLElement): void {
  list.replaceChildren(
    ...MENU.map((group) =>
      h('li', {}, h('span', { class: 'menu-heading' }, group.label), h('ul', {}, ...group.pages.map((page) => h('li', {}, h('a', { href: page.hash, class: 'menu-link' }, page.label))))),
    ),
  );
}

/** Marks the current menu link and tab, and shows the views named in `views` (hiding the others). */
export function showViews(route: Route, views: readonly string[]): void {
  const current = menuHashOf(route);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.menu-link, .tab')) {
    const here = link.classList.contains('tab') ? link.getAttribute('href') === (route.view === 'availability' ? '#/services/appointments/availability' : '#/services/appointments/packages') : link.getAttribute('href') === current;
    if (here) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  for (const view of document.querySelectorAll<HTMLElement>('.view')) view.hidden = !views.includes(view.dataset.view ?? '');
}
