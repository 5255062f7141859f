/**
 * Marketing › Coupons › New: the coupon form drawn from the SDK's descriptors — a number of
 * generated codes or one named code, a percentage or gift credits, and the rules; times are
 * entered in the admin's zone. Field errors from the SDK or the server appear next to their
 * fields; a created coupon opens on its detail page with its codes.
 */
import {
  adminTranslation,
  couponFormFields,
  couponFormValuesToInput,
  emptyCouponFormValues,
  isCouponFieldVisible,
  type AdminClient,
  type CouponCreate,
  type CouponFormField,
  type CouponFormValues,
  type FieldError,
} from '../../src/admin/index.js';
import { byId } from './dom.js';
import { clearAlert, describeError, say, showAlert } from './feedback.js';
import { choicesRow, controlValue, descriptorControl, fieldRow, focusHeading, InlineErrors, ZONE_HELP, type Control } from './form-kit.js';

const PREFIX = 'coupon';

/** The form's entry point for the dashboard. */
export interface CouponForm {
  /** Opens an empty form (starting now) for `admin`. */
  open(admin: AdminClient): void;
}

/** A sentence in the admin's words for a field error of `field`. */
function words(problem: FieldError, field: CouponFormField | undefined): string {
  const t = adminTranslation('en').errors;
  switch (problem.code) {
    case 'required':
      return field?.name === 'count' ? 'Enter how many codes to generate, or choose one named code.' : t.required;
    case 'too_small':
      return field?.min === undefined ? problem.message : t.tooSmall(field.min);
    case 'too_large':
      return field?.max === undefined ? problem.message : t.tooLarge(field.max);
    case 'too_short':
      return t.tooShort(field?.minLength ?? 1);
    case 'too_long':
      return field?.maxLength === undefined ? problem.message : t.tooLong(field.maxLength);
    case 'not_integer':
      return t.notInteger;
    case 'invalid_type':
      return field?.kind === 'number' ? t.notInteger : problem.message;
    case 'invalid_format':
      return field?.kind === 'datetime' ? 'Choose a date and a time.' : 'Use 3–40 letters, digits and inner hyphens, such as SPRING-26.';
    case 'not_after_start':
      return 'The expiry must be after the start.';
    default:
      return problem.message;
  }
}

/** Creates the form over the page's `#coupon-form*` elements; `created(id)` opens the new coupon. */
export function createCouponForm(created: (couponId: string) => void, cancelled: () => void): CouponForm {
  const ui = {
    title: byId<HTMLHeadingElement>('coupon-form-title'),
    form: byId<HTMLFormElement>('coupon-form'),
    errors: byId<HTMLUListElement>('coupon-form-errors'),
    fields: byId<HTMLDivElement>('coupon-fields'),
    save: byId<HTMLButtonElement>('coupon-save'),
    cancel: byId<HTMLButtonElement>('coupon-cancel'),
  };
  const fields = couponFormFields('en');
  const controls = new Map<string, Control>();
  const focusTargets = new Map<string, HTMLElement>();
  let expertBoxes: HTMLInputElement[] = [];
  // An error on `value` belongs to the amount shown (a percentage or gift credits).
  const inline = new InlineErrors(PREFIX, ui.errors, () => focusTargets, (name) => (name === 'value' ? (controls.get('valueKind')?.value ?? name) : name));
  let admin: AdminClient | undefined;

  function readValues(): CouponFormValues {
    const values = { expertIds: expertBoxes.filter((box) => box.checked).map((box) => box.value) } as unknown as Record<string, unknown>;
    for (const [name, input] of controls) values[name] = controlValue(input);
    return values as CouponFormValues;
  }

  /** Shows the fields of the chosen code mode and value kind. */
  function refresh(): void {
    const values = readValues();
    for (const field of fields) {
      const row = ui.fields.querySelector<HTMLElement>(`[data-field="${field.name}"]`);
      if (row) row.hidden = !isCouponFieldVisible(field, values);
    }
  }

  function render(values: CouponFormValues, experts: readonly { id: string; name: string; headline: string }[]): void {
    controls.clear();
    focusTargets.clear();
    ui.fields.replaceChildren(
      ...fields.map((field) => {
        if (field.kind === 'multiselect') {
          const choices = experts.map((expert) => ({ value: expert.id, label: expert.name, detail: expert.headline }));
          const { row, boxes } = choicesRow(PREFIX, field.name, field.label, field.help, choices, values.expertIds, 'No experts yet.');
          expertBoxes = boxes;
          focusTargets.set(field.name, boxes[0] ?? row);
          return row;
        }
        const name = field.name as Exclude<CouponFormField['name'], 'expertIds'>;
        const input = descriptorControl(field, values[name]);
        if (field.name === 'code') input.setAttribute('autocapitalize', 'characters');
        controls.set(field.name, input);
        focusTargets.set(field.name, input);
        input.addEventListener('change', refresh);
        const help = field.kind === 'datetime' ? `${field.help} ${ZONE_HELP}` : field.help;
        return fieldRow(PREFIX, field.name, field.label, input, { help, ...(field.unit === undefined ? {} : { unit: field.unit }), wide: field.name === 'title' });
      }),
    );
    inline.clear();
    refresh();
  }

  async function save(): Promise<void> {
    if (!admin) return;
    clearAlert();
    const input = couponFormValuesToInput(readValues(), fields);
    ui.save.disabled = true;
    try {
      const coupon = await admin.coupons.create(input as unknown as CouponCreate);
      say(`Created "${coupon.title}" with ${coupon.codes.length === 1 ? 'its code' : `${coupon.codes.length} codes`}.`);
      created(coupon.id);
    } catch (error) {
      // Field errors go next to their fields; the alert says what happened either way.
      inline.show(error, (problem, name) => words(problem, fields.find((field) => field.name === name)));
      showAlert(describeError(error));
    } finally {
      ui.save.disabled = false;
    }
  }

  async function open(client: AdminClient): Promise<void> {
    admin = client;
    ui.fields.replaceChildren();
    say('');
    focusHeading(ui.title);
    try {
      const experts = await client.experts.list();
      const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
      render({ ...emptyCouponFormValues(), startsAt: new Date(hour).toISOString() }, experts);
    } catch (error) {
      showAlert(`Could not open the coupon form: ${describeError(error)}`);
    }
  }

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  ui.cancel.addEventListener('click', cancelled);

  return { open: (client) => void open(client) };
}
