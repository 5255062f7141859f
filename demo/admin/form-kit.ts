/**
 * What the campaign and coupon forms share: a labelled row per field with its help and error
 * slot, field errors from the SDK placed next to the fields they name, and instants entered in
 * the admin's own zone through `datetime-local` inputs.
 */
import { fieldErrorsOf, isApiError, isValidationError, type FieldError, type FieldOption } from '../../src/admin/index.js';
import { h } from './dom.js';
import { LOCAL_ZONE } from './format.js';

/** A form control the kit knows. */
export type Control = HTMLInputElement | HTMLSelectElement;

/** What a row shows besides its control. */
export interface RowOptions {
  readonly help?: string;
  /** Text next to the control (a unit such as "%" or a currency code), with id `unit-<name>`. */
  readonly unit?: string;
  /** Spans the whole form width. */
  readonly wide?: boolean;
}

/**
 * A row of a form: label, control (with unit), help and an empty error slot. The control gets
 * `id` `<prefix>-<name>` and is described by its help and error; a checkbox sits before its label.
 */
export function fieldRow(prefix: string, name: string, label: string, control: Control, { help, unit, wide }: RowOptions = {}): HTMLDivElement {
  control.id = `${prefix}-${name}`;
  control.name = name;
  control.setAttribute('aria-describedby', `${prefix}-help-${name} ${prefix}-error-${name}`);
  const row = h('div', { class: `field${wide ? ' wide' : ''}`, 'data-field': name });
  const labelElement = h('label', { for: control.id }, label);
  if (control instanceof HTMLInputElement && control.type === 'checkbox') row.append(h('span', { class: 'check' }, control, labelElement));
  else if (unit !== undefined) row.append(labelElement, h('span', { class: 'with-unit' }, control, h('span', { class: 'unit', id: `${prefix}-unit-${name}` }, unit)));
  else row.append(labelElement, control);
  row.append(h('p', { class: 'help', id: `${prefix}-help-${name}` }, help ?? ''), h('p', { class: 'error', id: `${prefix}-error-${name}` }));
  return row;
}

/** What the kit needs of a form descriptor (a campaign's or a coupon's) to draw its control. */
export interface Descriptor {
  readonly kind: string;
  readonly required: boolean;
  readonly options?: readonly FieldOption[];
  readonly maxLength?: number;
}

/**
 * The control of a descriptor holding `value`: a select, a checkbox ("true" checked), a
 * `datetime-local` input (`value` an ISO instant, shown in the admin's zone), or a text input
 * (numeric or decimal keyboard for `number` and `money`).
 */
export function descriptorControl(field: Descriptor, value: string): Control {
  if (field.kind === 'select') {
    const select = h('select', { required: field.required }, ...(field.options ?? []).map((option) => h('option', { value: option.value }, option.label)));
    select.value = value;
    return select;
  }
  if (field.kind === 'checkbox') {
    const box = h('input', { type: 'checkbox' });
    box.checked = value === 'true';
    return box;
  }
  const input = h('input', {
    type: field.kind === 'datetime' ? 'datetime-local' : 'text',
    required: field.required,
    ...(field.kind === 'number' ? { inputmode: 'numeric' } : field.kind === 'money' ? { inputmode: 'decimal' } : {}),
    ...(field.maxLength === undefined ? {} : { maxlength: String(field.maxLength) }),
  });
  input.value = field.kind === 'datetime' ? toLocalInput(value) : value;
  return input;
}

/** The value a control holds for the SDK's converters: "true"/"false" of a checkbox, an ISO instant of a `datetime-local`. */
export function controlValue(control: Control): string {
  if (control instanceof HTMLInputElement && control.type === 'checkbox') return String(control.checked);
  if (control instanceof HTMLInputElement && control.type === 'datetime-local') return fromLocalInput(control.value);
  return control.value;
}

/** One choice of a multiple choice: its id, its name and a detail line. */
export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly detail: string;
}

/**
 * A multiple choice as a fieldset of checkboxes (easier on a phone than a multiple select), with
 * help and error slots like {@link fieldRow}; `empty` is said when there is nothing to choose.
 */
export function choicesRow(prefix: string, name: string, label: string, help: string, choices: readonly Choice[], chosen: readonly string[], empty: string): { row: HTMLFieldSetElement; boxes: HTMLInputElement[] } {
  const boxes = choices.map((choice) => {
    const box = h('input', { type: 'checkbox', value: choice.value, id: `${prefix}-${name}-${choice.value}`, 'aria-describedby': `${prefix}-error-${name}` });
    box.checked = chosen.includes(choice.value);
    return box;
  });
  const row = h(
    'fieldset',
    { class: 'field wide choices', 'data-field': name, tabindex: '-1', 'aria-describedby': `${prefix}-help-${name}` },
    h('legend', {}, label),
    boxes.length > 0
      ? h('ul', { class: 'choice-list' }, ...boxes.map((box, i) => h('li', {}, h('span', { class: 'check' }, box, h('label', { for: box.id }, h('span', {}, choices[i]?.label ?? ''), h('span', { class: 'meta' }, choices[i]?.detail ?? ''))))))
      : h('p', { class: 'empty' }, empty),
    h('p', { class: 'help', id: `${prefix}-help-${name}` }, help),
    h('p', { class: 'error', id: `${prefix}-error-${name}` }),
  );
  return { row, boxes };
}

/** The form field a field error belongs to: `creditPackageIds[0]` → `creditPackageIds`, `value.percentOff` → `value`. */
export function baseField(field: string): string {
  return field.replace(/[[.].*$/, '');
}

/**
 * Field errors next to their fields. `controls` are the fields by wire name (`error.field` up to
 * its first `[` or `.`, through `alias`); `words` says an error in the admin's words; errors of no shown field are
 * listed in `list` above the form.
 */
export class InlineErrors {
  /** `alias` names the form field of a wire field the form splits (a coupon's `value` → the amount shown). */
  constructor(
    private readonly prefix: string,
    private readonly list: HTMLUListElement,
    private readonly controls: () => ReadonlyMap<string, HTMLElement>,
    private readonly alias: (name: string) => string = (name) => name,
  ) {}

  /** Clears every slot and the list. */
  clear(): void {
    for (const [name, control] of this.controls()) {
      control.removeAttribute('aria-invalid');
      const slot = document.getElementById(`${this.prefix}-error-${name}`);
      if (slot) slot.textContent = '';
    }
    this.list.replaceChildren();
    this.list.hidden = true;
  }

  /**
   * Shows the field errors of `error` (a `ValidationError`, or an `ApiError` with field errors)
   * and focuses the first field named; `false` when `error` carries none.
   */
  show(error: unknown, words: (problem: FieldError, name: string) => string): boolean {
    if (!isValidationError(error) && !(isApiError(error) && error.fieldErrors.length > 0)) return false;
    this.clear();
    const controls = this.controls();
    let first: HTMLElement | undefined;
    const elsewhere: string[] = [];
    for (const problem of fieldErrorsOf(error)) {
      const name = this.alias(baseField(problem.field));
      const control = controls.get(name);
      const slot = document.getElementById(`${this.prefix}-error-${name}`);
      const row = control?.closest<HTMLElement>('[data-field]');
      if (!control || !slot || row?.hidden) {
        elsewhere.push(problem.message);
        continue;
      }
      control.setAttribute('aria-invalid', 'true');
      slot.textContent = [slot.textContent, words(problem, name)].filter(Boolean).join(' ');
      first ??= control;
    }
    if (elsewhere.length > 0) {
      this.list.replaceChildren(...elsewhere.map((message) => h('li', {}, message)));
      this.list.hidden = false;
    }
    first?.focus();
    return true;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a `datetime-local` value in the admin's zone ("2027-03-01T10:00"); empty for none. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** A `datetime-local` value read in the admin's zone as a UTC instant; the text itself when it is not a date (so the SDK names it). */
export function fromLocalInput(value: string): string {
  if (value === '') return '';
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? value : at.toISOString().replace('.000Z', 'Z');
}

/** The help that says in which zone a time is entered. */
export const ZONE_HELP = `In your time zone, ${LOCAL_ZONE}.`;

/**
 * Focuses a page's heading (made focusable) after navigation, as a screen reader user expects:
 * in a microtask, once the router has shown the view (a hidden element takes no focus).
 */
export function focusHeading(heading: HTMLElement): void {
  heading.tabIndex = -1;
  queueMicrotask(() => heading.focus());
}
