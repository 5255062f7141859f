/**
 * Services › Appointments › Packages: the expert's packages top to bottom, with move up/down,
 * edit and delete, kept in step with the SDK's package store.
 */
import { formatMoney } from '../../src/core/money.js';
import { adminTranslation, isVersionConflict, type AppointmentPackage, type PackageStore } from '../../src/admin/index.js';
import { byId, h } from './dom.js';
import { clearAlert, describeError, say, showAlert } from './feedback.js';

function money(pkg: AppointmentPackage, locale: string): string {
  try {
    return formatMoney(pkg.fee, pkg.currency, locale);
  } catch {
    return `${pkg.fee} ${pkg.currency}`;
  }
}

/** The package list over `#packages`. */
export interface PackageList {
  /** Shows `store`'s packages from now on (dropping the previous store's subscription). */
  use(store: PackageStore): void;
  /** Re-renders (e.g. after the language changed). */
  render(): void;
}

/** Creates the list; `language()` is the form language, used for labels and money. */
export function createPackageList(language: () => string): PackageList {
  const list = byId<HTMLOListElement>('packages');
  let store: PackageStore | undefined;
  let unsubscribe: (() => void) | undefined;

  async function act(action: string, pkg: AppointmentPackage, index: number): Promise<void> {
    if (!store) return;
    clearAlert();
    const ids = store.getSnapshot().items.map((item) => item.id);
    try {
      if (action === 'delete') {
        if (!window.confirm(`Delete the package "${pkg.title}"? This cannot be undone.`)) return;
        await store.remove(pkg.id);
        say(`Deleted "${pkg.title}".`);
      } else {
        const target = action === 'up' ? index - 1 : index + 1;
        [ids[index], ids[target]] = [ids[target] as string, ids[index] as string];
        await store.reorder(ids);
        say(`Moved "${pkg.title}" ${action}.`);
      }
    } catch (error) {
      showAlert(describeError(error), isVersionConflict(error) ? { label: 'Reload', run: () => void store?.refresh() } : undefined);
    }
  }

  function item(pkg: AppointmentPackage, index: number, count: number, busy: boolean): HTMLLIElement {
    const button = (label: string, action: string, disabled: boolean, className = 'secondary') => {
      const element = h('button', { type: 'button', class: className, 'aria-label': `${label}: ${pkg.title}`, disabled }, label);
      element.dataset.focusKey = `${action}:${pkg.id}`;
      element.addEventListener('click', () => void act(action, pkg, index));
      return element;
    };
    const t = adminTranslation(language());
    const how = pkg.appointmentType === 'online' && pkg.service ? t.service[pkg.service].split(':')[0] : t.appointmentType[pkg.appointmentType];
    const edit = h('a', { class: 'button secondary', href: `#/services/appointments/packages/edit/${encodeURIComponent(pkg.id)}`, 'aria-label': `Edit: ${pkg.title}` }, 'Edit');
    if (busy) edit.setAttribute('aria-disabled', 'true');
    const element = h(
      'li',
      { class: 'package' },
      h('div', {}, h('strong', {}, pkg.title), h('div', { class: 'meta' }, `${how} · ${pkg.durationMinutes} min × ${pkg.sessions} · ${money(pkg, language())} · ${pkg.country} · v${pkg.version}`)),
      h('div', { class: 'buttons' }, button('Move up', 'up', busy || index === 0), button('Move down', 'down', busy || index === count - 1), edit, button('Delete', 'delete', busy, 'danger')),
    );
    if (busy) element.dataset.pending = '';
    return element;
  }

  function render(): void {
    if (!store) return;
    const { status, items, error, pending } = store.getSnapshot();
    if (status === 'loading') say('Loading packages…');
    else if (status === 'error') say(`Could not load the packages: ${describeError(error)}`);
    else if (pending.length > 0) say(`Saving ${pending.length} change${pending.length === 1 ? '' : 's'}…`);
    else if (status === 'ready') say(`${items.length} package${items.length === 1 ? '' : 's'}.`);
    const pendingIds = new Set(pending.map((op) => op.id));
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.focusKey : undefined;
    list.replaceChildren(...items.map((pkg, index) => item(pkg, index, items.length, pendingIds.has(pkg.id) || pkg.version === 0)));
    if (items.length === 0 && status === 'ready') list.append(h('li', { class: 'empty' }, 'No packages yet. Choose New to create one.'));
    // Keep the keyboard focus on the same control across re-renders.
    if (focused) list.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`)?.focus();
  }

  return {
    use(next) {
      unsubscribe?.();
      store = next;
      unsubscribe = store.subscribe(render);
      render();
      void store.load();
    },
    render,
  };
}
