/**
 * Services › Appointments › Packages › New (or Edit): the package form drawn from the SDK's form
 * descriptors, in the seed's order and words, saved with "Apply Changes". The fee is typed in the
 * chosen currency's major unit; the descriptors convert it, the page never does.
 */
import {
  adminTranslation,
  emptyFormValues,
  formValuesOf,
  formValuesToInput,
  isApiError,
  isFieldVisible,
  isValidationError,
  isVersionConflict,
  mapErrorsToFields,
  minorToMajorText,
  packageFormFields,
  type AdminWarning,
  type AppointmentPackage,
  type PackageFormField,
  type PackageFormValues,
  type PackageStore,
  type TenantSettings,
} from '../../src/admin/index.js';
import { byId, h } from './dom.js';
import { clearAlert, describeError, say, showAlert } from './feedback.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The form's entry points for the dashboard. */
export interface PackageForm {
  /** Opens the form for a new package (`pkg` undefined) or to edit `pkg`. */
  open(store: PackageStore, pkg: AppointmentPackage | undefined): void;
}

/** Creates the form; `settings()` gives the tenant's home country and currency; `done()` returns to the list. */
export function createPackageForm(settings: () => TenantSettings | undefined, done: () => void): PackageForm {
  const ui = {
    title: byId<HTMLHeadingElement>('form-title'),
    form: byId<HTMLFormElement>('package-form'),
    errors: byId<HTMLUListElement>('form-errors'),
    fields: byId<HTMLDivElement>('fields'),
    language: byId<HTMLSelectElement>('language'),
    save: byId<HTMLButtonElement>('save'),
    cancel: byId<HTMLButtonElement>('cancel'),
  };
  const controls = new Map<string, Control>();
  let store: PackageStore | undefined;
  let editing: AppointmentPackage | undefined;

  function control(field: PackageFormField, value: string): Control {
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
    const numeric = field.kind === 'number' || field.kind === 'money';
    const input = h('input', {
      ...common,
      type: 'text',
      required: field.required,
      ...(numeric ? { inputmode: field.kind === 'money' ? 'decimal' : 'numeric' } : {}),
      ...(field.maxLength !== undefined ? { maxlength: String(field.maxLength) } : {}),
      ...(field.nullable && field.emptyLabel ? { placeholder: field.emptyLabel } : {}),
    });
    input.value = value;
    return input;
  }

  const readValues = (): PackageFormValues => {
    const values = {} as PackageFormValues;
    for (const [name, input] of controls) values[name as keyof PackageFormValues] = input.value;
    return values;
  };

  /** Shows or hides dependent fields, and writes the chosen currency next to money fields. */
  function refresh(): void {
    const values = readValues();
    for (const field of packageFormFields(ui.language.value)) {
      const row = ui.fields.querySelector<HTMLElement>(`[data-field="${field.name}"]`);
      if (row) row.hidden = !isFieldVisible(field, values);
      if (field.kind === 'money' && field.currencyField) {
        const currency = values[field.currencyField];
        const unit = document.getElementById(`unit-${field.name}`);
        if (unit) unit.textContent = currency;
        controls.get(field.name)?.setAttribute('placeholder', minorToMajorText(0, currency));
      }
    }
  }

  function render(values: PackageFormValues): void {
    const locale = ui.language.value;
    const t = adminTranslation(locale);
    ui.form.lang = locale;
    ui.form.dir = t.$dir;
    ui.save.textContent = t.actions.applyChanges;
    ui.cancel.textContent = t.actions.cancel;
    controls.clear();
    ui.fields.replaceChildren(
      ...packageFormFields(locale).map((field) => {
        const input = control(field, values[field.name]);
        controls.set(field.name, input);
        input.addEventListener('change', refresh);
        const row = h('div', { class: `field${field.kind === 'textarea' ? ' wide' : ''}`, 'data-field': field.name }, h('label', { for: input.id }, field.label));
        const unit = field.kind === 'money' ? '' : field.unit;
        if (unit !== undefined) row.append(h('span', { class: 'with-unit' }, input, h('span', { class: 'unit', id: `unit-${field.name}` }, unit)));
        else row.append(input);
        row.append(h('p', { class: 'help', id: `help-${field.name}` }, field.help), h('p', { class: 'error', id: `error-${field.name}` }));
        return row;
      }),
    );
    clearFieldErrors();
    refresh();
  }

  function clearFieldErrors(): void {
    for (const [name, input] of controls) {
      input.removeAttribute('aria-invalid');
      const slot = document.getElementById(`error-${name}`);
      if (slot) slot.textContent = '';
    }
    ui.errors.replaceChildren();
    ui.errors.hidden = true;
  }

  function showFieldErrors(error: unknown): void {
    clearFieldErrors();
    const { byField, other } = mapErrorsToFields(error, ui.language.value, { currency: readValues().currency });
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
      ui.errors.replaceChildren(...other.map((e) => h('li', {}, e.message)));
      ui.errors.hidden = false;
    }
    first?.focus();
  }

  const showWarnings = (warnings: readonly AdminWarning[] | undefined) => {
    if (warnings && warnings.length > 0) showAlert(`Saved, but: ${warnings.map((warning) => warning.message).join(' ')}`);
  };

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
          if (input[field.name] !== undefined && input[field.name] !== (current as Record<string, unknown>)[field.name]) patch[field.name] = input[field.name];
        }
        const updated = Object.keys(patch).length > 0 ? await store.update(current.id, patch) : undefined;
        say(`Saved "${current.title}".`);
        showWarnings(updated?.warnings);
      } else {
        const created = await store.create(input as never);
        say(`Created "${created.title}".`);
        showWarnings(created.warnings);
      }
      done();
    } catch (error) {
      if (isValidationError(error) || (isApiError(error) && error.fieldErrors.length > 0)) {
        showFieldErrors(error);
        showAlert(describeError(error));
      } else if (isVersionConflict(error)) {
        showAlert(describeError(error), { label: 'Reload', run: () => void store?.refresh().then(done) });
      } else {
        showAlert(describeError(error));
      }
    }
  }

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  ui.cancel.addEventListener('click', done);
  ui.language.addEventListener('change', () => render(readValues()));

  return {
    open(next, pkg) {
      store = next;
      editing = pkg;
      const fields = packageFormFields(ui.language.value);
      const home = settings();
      const defaults = home ? { country: home.defaultCountry, currency: home.defaultCurrency } : {};
      ui.title.textContent = pkg ? `Edit "${pkg.title}" (version ${pkg.version})` : 'New package';
      render(pkg ? formValuesOf(pkg, fields) : emptyFormValues(fields, defaults));
      controls.get('appointmentType')?.focus();
    },
  };
}
