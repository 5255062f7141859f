/**
 * A third-party-style admin dashboard in plain DOM, built on the headless admin SDK only: no
 * framework, no innerHTML (every text goes through textContent), the admin key kept in memory.
 */
import {
  createAdminClient,
  createPackageStore,
  emptyFormValues,
  formValuesOf,
  formValuesToInput,
  isFieldVisible,
  isValidationError,
  isVersionConflict,
  isApiError,
  mapErrorsToFields,
  packageFormFields,
  adminTranslation,
  type AdminClient,
  type AdminWarning,
  type AppointmentPackage,
  type PackageFormField,
  type PackageFormValues,
  type PackageStore,
} from '../../src/admin/index.js';
import { createAvailabilitySection } from './availability-section.js';
import { createCommerceSection } from './commerce-section.js';
import { byId as $, h } from './dom.js';

const apiUrl = document.querySelector<HTMLMetaElement>('meta[name="apptkit-api"]')?.content ?? '';

const ui = {
  connect: $<HTMLFormElement>('connect'),
  apiKey: $<HTMLInputElement>('api-key'),
  toolbar: $<HTMLDivElement>('toolbar'),
  expert: $<HTMLSelectElement>('expert'),
  language: $<HTMLSelectElement>('language'),
  newPackage: $<HTMLButtonElement>('new-package'),
  status: $<HTMLParagraphElement>('status'),
  alert: $<HTMLDivElement>('alert'),
  listPanel: $<HTMLElement>('list-panel'),
  list: $<HTMLOListElement>('packages'),
  formPanel: $<HTMLElement>('form-panel'),
  formTitle: $<HTMLHeadingElement>('form-title'),
  form: $<HTMLFormElement>('package-form'),
  formErrors: $<HTMLUListElement>('form-errors'),
  fields: $<HTMLDivElement>('fields'),
  cancel: $<HTMLButtonElement>('cancel'),
};

/** The expert's weekly hours, date overrides and blocked periods. */
const availability = createAvailabilitySection();
/** Credit packages, the phone balance and the sales report. */
const commerce = createCommerceSection();
let admin: AdminClient | undefined;
let store: PackageStore | undefined;
let unsubscribe: (() => void) | undefined;
/** The package being edited (`undefined` while creating). */
let editing: AppointmentPackage | undefined;

function say(text: string): void {
  ui.status.textContent = text;
}

function showAlert(text: string, action?: { label: string; run: () => void }): void {
  ui.alert.replaceChildren(h('span', {}, text));
  if (action) {
    const button = h('button', { type: 'button', class: 'secondary' }, action.label);
    button.addEventListener('click', action.run);
    ui.alert.append(button);
  }
  ui.alert.hidden = false;
}

function clearAlert(): void {
  ui.alert.hidden = true;
  ui.alert.replaceChildren();
}

/** Shows the warnings of a successful save (e.g. a phone package while the phone balance is empty). */
function showWarnings(warnings: readonly AdminWarning[] | undefined): void {
  if (warnings && warnings.length > 0) showAlert(`Saved, but: ${warnings.map((warning) => warning.message).join(' ')}`);
}

/** A sentence for any failure the SDK reports. */
function describeError(error: unknown): string {
  if (isVersionConflict(error)) return `This package was changed elsewhere (it is now at version ${error.currentVersion}); your change was not saved.`;
  if (isValidationError(error)) return 'Some fields need attention.';
  if (isApiError(error)) return `${error.message}${error.requestId ? ` (reference ${error.requestId})` : ''}`;
  return error instanceof Error ? error.message : String(error);
}

// ---- connecting --------------------------------------------------------------------------------

ui.connect.addEventListener('submit', (event) => {
  event.preventDefault();
  void connect(ui.apiKey.value.trim());
});

async function connect(apiKey: string): Promise<void> {
  clearAlert();
  try {
    admin = createAdminClient({ baseUrl: apiUrl, apiKey });
  } catch (error) {
    showAlert(describeError(error));
    ui.apiKey.focus();
    return;
  }
  say('Loading experts…');
  try {
    const experts = await admin.experts.list();
    ui.expert.replaceChildren(...experts.map((expert) => h('option', { value: expert.id }, `${expert.name} — ${expert.headline}`)));
    ui.toolbar.hidden = false;
    ui.apiKey.value = '';
    say(`Connected. ${experts.length} experts.`);
    commerce.show(admin);
    selectExpert(ui.expert.value);
  } catch (error) {
    admin = undefined;
    showAlert(`Could not connect: ${describeError(error)}`);
    say('');
  }
}

ui.expert.addEventListener('change', () => selectExpert(ui.expert.value));
ui.language.addEventListener('change', () => {
  if (!ui.formPanel.hidden) openForm(editing, readValues());
});
ui.newPackage.addEventListener('click', () => openForm(undefined));
ui.cancel.addEventListener('click', closeForm);

function selectExpert(expertId: string): void {
  if (!admin || !expertId) return;
  unsubscribe?.();
  closeForm();
  store = createPackageStore(admin, { expertId });
  unsubscribe = store.subscribe(renderList);
  ui.listPanel.hidden = false;
  renderList();
  void store.load();
  availability.show(admin, expertId);
}

// ---- the list ----------------------------------------------------------------------------------

function money(pkg: AppointmentPackage): string {
  try {
    const digits = new Intl.NumberFormat('en', { style: 'currency', currency: pkg.currency }).resolvedOptions().maximumFractionDigits ?? 2;
    return new Intl.NumberFormat(ui.language.value, { style: 'currency', currency: pkg.currency }).format(pkg.fee / 10 ** digits);
  } catch {
    return `${pkg.fee} ${pkg.currency}`;
  }
}

function renderList(): void {
  if (!store) return;
  const { status, items, error, pending } = store.getSnapshot();
  if (status === 'loading') say('Loading packages…');
  else if (status === 'error') say(`Could not load the packages: ${describeError(error)}`);
  else if (pending.length > 0) say(`Saving ${pending.length} change${pending.length === 1 ? '' : 's'}…`);
  else if (status === 'ready') say(`${items.length} package${items.length === 1 ? '' : 's'}.`);

  const pendingIds = new Set(pending.map((op) => op.id));
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.focusKey : undefined;
  ui.list.replaceChildren(
    ...items.map((pkg, index) => {
      const title = `${pkg.title}`;
      const button = (label: string, action: string, disabled: boolean, className = 'secondary') => {
        const element = h('button', { type: 'button', class: className, 'aria-label': `${label}: ${title}`, disabled }, label);
        element.dataset.focusKey = `${action}:${pkg.id}`;
        element.addEventListener('click', () => void act(action, pkg, index));
        return element;
      };
      const busy = pendingIds.has(pkg.id) || pkg.version === 0;
      const t = adminTranslation(ui.language.value);
      const how = pkg.appointmentType === 'online' && pkg.service ? t.service[pkg.service] : t.appointmentType[pkg.appointmentType];
      const item = h(
        'li',
        { class: 'package' },
        h(
          'div',
          {},
          h('strong', {}, title),
          h('div', { class: 'meta' }, `${how} · ${pkg.durationMinutes} min × ${pkg.sessions} · ${money(pkg)} · ${pkg.country} · v${pkg.version}`),
        ),
        h(
          'div',
          { class: 'buttons' },
          button('Move up', 'up', busy || index === 0),
          button('Move down', 'down', busy || index === items.length - 1),
          button('Edit', 'edit', busy),
          button('Delete', 'delete', busy, 'danger'),
        ),
      );
      if (busy) item.dataset.pending = '';
      return item;
    }),
  );
  // Keep the keyboard focus on the same control across re-renders.
  if (focused) ui.list.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`)?.focus();
}

async function act(action: string, pkg: AppointmentPackage, index: number): Promise<void> {
  if (!store) return;
  clearAlert();
  const ids = store.getSnapshot().items.map((item) => item.id);
  try {
    if (action === 'edit') {
      openForm(pkg);
    } else if (action === 'delete') {
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
    showAlert(describeError(error), isVersionConflict(error) ? { label: 'Reload', run: reload } : undefined);
  }
}

function reload(): void {
  clearAlert();
  void store?.refresh().then(() => {
    if (editing) {
      const fresh = store?.getSnapshot().items.find((pkg) => pkg.id === editing?.id);
      if (fresh) openForm(fresh);
      else closeForm();
    }
  });
}

// ---- the form ----------------------------------------------------------------------------------

const controls = new Map<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>();

function control(field: PackageFormField, value: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const common = { id: `field-${field.name}`, name: field.name, 'aria-describedby': `help-${field.name} error-${field.name}` };
  if (field.kind === 'select') {
    const select = h('select', { ...common, required: field.required });
    if (field.nullable) select.append(h('option', { value: '' }, field.emptyLabel ?? ''));
    for (const option of field.options ?? []) select.append(h('option', { value: option.value }, option.label));
    select.value = value;
    return select;
  }
  if (field.kind === 'textarea') {
    const area = h('textarea', { ...common, rows: '4', ...(field.maxLength ? { maxlength: String(field.maxLength) } : {}) });
    area.value = value;
    return area;
  }
  const input = h('input', {
    ...common,
    type: field.kind === 'number' ? 'number' : 'text',
    required: field.required,
    ...(field.kind === 'number' ? { inputmode: 'numeric' } : {}),
    ...(field.min !== undefined ? { min: String(field.min) } : {}),
    ...(field.max !== undefined ? { max: String(field.max) } : {}),
    ...(field.step !== undefined ? { step: String(field.step) } : {}),
    ...(field.maxLength !== undefined ? { maxlength: String(field.maxLength) } : {}),
    ...(field.nullable && field.emptyLabel ? { placeholder: field.emptyLabel } : {}),
  });
  input.value = value;
  return input;
}

function openForm(pkg: AppointmentPackage | undefined, values?: PackageFormValues): void {
  editing = pkg;
  const locale = ui.language.value;
  const fields = packageFormFields(locale);
  const initial = values ?? (pkg ? formValuesOf(pkg, fields) : emptyFormValues(fields));
  ui.formTitle.textContent = pkg ? `Edit "${pkg.title}" (version ${pkg.version})` : 'New package';
  ui.form.lang = locale;
  ui.form.dir = adminTranslation(locale).$dir;
  controls.clear();
  ui.fields.replaceChildren(
    ...fields.map((field) => {
      const input = control(field, initial[field.name]);
      controls.set(field.name, input);
      input.addEventListener('change', applyVisibility);
      const label = h('label', { for: input.id }, field.label);
      const row = h('div', { class: `field${field.kind === 'textarea' ? ' wide' : ''}`, 'data-field': field.name }, label, input);
      if (field.unit) row.append(h('span', { class: 'unit' }, field.unit));
      row.append(h('p', { class: 'help', id: `help-${field.name}` }, field.help), h('p', { class: 'error', id: `error-${field.name}` }));
      return row;
    }),
  );
  clearFieldErrors();
  applyVisibility();
  ui.formPanel.hidden = false;
  controls.get('appointmentType')?.focus();
}

function closeForm(): void {
  editing = undefined;
  ui.formPanel.hidden = true;
  ui.fields.replaceChildren();
  controls.clear();
}

function readValues(): PackageFormValues {
  const values = {} as PackageFormValues;
  for (const [name, input] of controls) values[name as keyof PackageFormValues] = input.value;
  return values;
}

function applyVisibility(): void {
  const values = readValues();
  for (const field of packageFormFields(ui.language.value)) {
    const row = ui.fields.querySelector<HTMLElement>(`[data-field="${field.name}"]`);
    if (row) row.hidden = !isFieldVisible(field, values);
  }
}

function clearFieldErrors(): void {
  for (const [name, input] of controls) {
    input.removeAttribute('aria-invalid');
    const slot = document.getElementById(`error-${name}`);
    if (slot) slot.textContent = '';
  }
  ui.formErrors.replaceChildren();
  ui.formErrors.hidden = true;
}

function showFieldErrors(error: unknown): void {
  clearFieldErrors();
  const { byField, other } = mapErrorsToFields(error, ui.language.value);
  let first: HTMLElement | undefined;
  for (const [name, errors] of Object.entries(byField)) {
    const input = controls.get(name);
    const slot = document.getElementById(`error-${name}`);
    if (!input || !slot || !errors) continue;
    input.setAttribute('aria-invalid', 'true');
    slot.textContent = errors.map((e) => e.localizedMessage).join(' ');
    first ??= input;
  }
  if (other.length > 0) {
    ui.formErrors.replaceChildren(...other.map((e) => h('li', {}, e.message)));
    ui.formErrors.hidden = false;
  }
  first?.focus();
}

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  void save();
});

async function save(): Promise<void> {
  if (!store) return;
  clearAlert();
  const fields = packageFormFields(ui.language.value);
  const input = formValuesToInput(readValues(), fields);
  const current = editing;
  try {
    if (current) {
      const patch: Record<string, unknown> = {};
      for (const field of fields) {
        if (input[field.name] !== undefined && input[field.name] !== current[field.name]) patch[field.name] = input[field.name];
      }
      const updated = Object.keys(patch).length > 0 ? await store.update(current.id, patch) : undefined;
      say(`Saved "${current.title}".`);
      showWarnings(updated?.warnings);
    } else {
      const created = await store.create(input as never);
      say(`Created "${created.title}".`);
      showWarnings(created.warnings);
    }
    closeForm();
  } catch (error) {
    if (isValidationError(error) || (isApiError(error) && error.fieldErrors.length > 0)) {
      showFieldErrors(error);
      showAlert(describeError(error));
    } else if (isVersionConflict(error)) {
      showAlert(describeError(error), { label: 'Reload', run: reload });
    } else {
      showAlert(describeError(error));
    }
  }
}
