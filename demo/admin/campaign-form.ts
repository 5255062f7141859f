/**
 * Marketing › Campaigns › New (or Edit): the campaign form drawn from the SDK's descriptors; the
 * type chooses which fields show. A fixed discount is typed in the major unit of its currency and
 * converted by the descriptors' value converters, never by this page; times are entered in the
 * admin's zone. Field errors from the SDK or the server appear next to their fields.
 */
import {
  adminTranslation,
  campaignFormFields,
  campaignFormValuesOf,
  campaignFormValuesToInput,
  isCampaignFieldVisible,
  isVersionConflict,
  minorToMajorText,
  moneyFractionDigits,
  type AdminClient,
  type Campaign,
  type CampaignFormField,
  type CampaignFormValues,
  type CampaignInput,
  type CampaignPatch,
  type CreditPackage,
  type FieldError,
  type TenantSettings,
} from '../../src/admin/index.js';
import { formatMoney } from '../../src/core/money.js';
import { byId } from './dom.js';
import { clearAlert, describeError, say, showAlert } from './feedback.js';
import { choicesRow, controlValue, descriptorControl, fieldRow, focusHeading, InlineErrors, ZONE_HELP, type Control } from './form-kit.js';

const PREFIX = 'campaign';
const DAY_MS = 86_400_000;

/** The form's entry point for the dashboard. */
export interface CampaignForm {
  /** Opens the form for a new campaign (`campaignId` undefined) or loads one to edit. */
  open(admin: AdminClient, campaignId: string | undefined): void;
}

/** A sentence in the admin's words for a field error of `field`. */
function words(problem: FieldError, field: CampaignFormField | undefined, currency: string): string {
  const t = adminTranslation('en').errors;
  if (field?.kind === 'money' && (problem.code === 'invalid_type' || problem.code === 'not_integer')) return t.invalidAmount(moneyFractionDigits(currency) ?? 2);
  if (field?.kind === 'money' && problem.code === 'too_small') return 'Enter an amount above 0.';
  switch (problem.code) {
    case 'required':
      if (field?.name === 'creditPackageIds') return 'Choose at least one credit package.';
      return field?.name === 'percentOff' ? 'Enter a percentage, or a fixed discount with its currency.' : t.required;
    case 'too_small':
      return field?.name === 'creditPackageIds' ? 'Choose at least one credit package.' : field?.min === undefined ? problem.message : t.tooSmall(field.min);
    case 'too_short':
      return field?.name === 'creditPackageIds' ? 'Choose at least one credit package.' : t.tooShort(field?.minLength ?? 1);
    case 'too_large':
      return field?.max === undefined ? problem.message : t.tooLarge(field.max);
    case 'too_long':
      return field?.maxLength === undefined ? problem.message : t.tooLong(field.maxLength);
    case 'not_integer':
    case 'invalid_type':
      return field?.kind === 'number' ? t.notInteger : problem.message;
    case 'invalid_format':
      return 'Choose a date and a time.';
    case 'not_after_start':
      return 'The end must be after the start.';
    case 'conflict':
      return 'Use either a percentage or a fixed discount, not both.';
    default:
      return problem.message;
  }
}

/** The changed fields of `input` against `current` (never `type`); a removed `signedUpAfter` becomes `null`. */
function patchOf(input: Record<string, unknown>, current: Campaign): CampaignPatch {
  const stored = current as unknown as Record<string, unknown>;
  const patch: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    if (name !== 'type' && JSON.stringify(value) !== JSON.stringify(stored[name])) patch[name] = value;
  }
  if (stored.signedUpAfter !== undefined && input.signedUpAfter === undefined && input.type === 'gift_first_verification') patch.signedUpAfter = null;
  return patch as CampaignPatch;
}

/** Creates the form over the page's `#campaign-form*` elements; `done()` returns to the list. */
export function createCampaignForm(settings: () => TenantSettings | undefined, done: () => void): CampaignForm {
  const ui = {
    title: byId<HTMLHeadingElement>('campaign-form-title'),
    crumb: byId<HTMLSpanElement>('campaign-form-crumb'),
    form: byId<HTMLFormElement>('campaign-form'),
    errors: byId<HTMLUListElement>('campaign-form-errors'),
    fields: byId<HTMLDivElement>('campaign-fields'),
    save: byId<HTMLButtonElement>('campaign-save'),
    cancel: byId<HTMLButtonElement>('campaign-cancel'),
  };
  const fields = campaignFormFields('en');
  const controls = new Map<string, Control>();
  const packageBoxes: HTMLInputElement[] = [];
  const focusTargets = new Map<string, HTMLElement>();
  const inline = new InlineErrors(PREFIX, ui.errors, () => focusTargets);
  let admin: AdminClient | undefined;
  let editing: Campaign | undefined;

  function packagesRow(field: CampaignFormField, packages: readonly CreditPackage[], chosen: readonly string[]): HTMLElement {
    const choices = packages.map((pkg) => ({ value: pkg.id, label: pkg.title, detail: `${pkg.credits} credits · ${formatMoney(pkg.price, pkg.currency, 'en')} · ${pkg.country}` }));
    const { row, boxes } = choicesRow(PREFIX, field.name, field.label, field.help, choices, chosen, 'No credit packages yet: add one under Credits and sales first.');
    packageBoxes.splice(0, packageBoxes.length, ...boxes);
    focusTargets.set(field.name, boxes[0] ?? row);
    return row;
  }

  function readValues(): CampaignFormValues {
    const values = { creditPackageIds: packageBoxes.filter((box) => box.checked).map((box) => box.value) } as unknown as Record<string, unknown>;
    for (const [name, input] of controls) values[name] = controlValue(input);
    return values as CampaignFormValues;
  }

  /** Shows the fields of the chosen type, and the chosen currency next to the fixed discount. */
  function refresh(): void {
    const values = readValues();
    for (const field of fields) {
      const row = ui.fields.querySelector<HTMLElement>(`[data-field="${field.name}"]`);
      if (row) row.hidden = !isCampaignFieldVisible(field, values.type);
      if (field.kind === 'money' && field.currencyField) {
        const currency = values[field.currencyField as Exclude<typeof field.currencyField, 'creditPackageIds'>];
        const unit = document.getElementById(`${PREFIX}-unit-${field.name}`);
        if (unit) unit.textContent = currency;
        controls.get(field.name)?.setAttribute('placeholder', minorToMajorText(0, currency));
      }
    }
  }

  function render(values: CampaignFormValues, packages: readonly CreditPackage[]): void {
    controls.clear();
    focusTargets.clear();
    ui.fields.replaceChildren(
      ...fields.map((field) => {
        if (field.kind === 'multiselect') return packagesRow(field, packages, values.creditPackageIds);
        const name = field.name as Exclude<CampaignFormField['name'], 'creditPackageIds'>;
        const input = descriptorControl(field, values[name]);
        controls.set(field.name, input);
        focusTargets.set(field.name, input);
        input.addEventListener('change', refresh);
        const help = field.kind === 'datetime' ? `${field.help} ${ZONE_HELP}` : field.help;
        const unit = field.kind === 'money' ? '' : field.unit;
        return fieldRow(PREFIX, field.name, field.label, input, { help, ...(unit === undefined ? {} : { unit }), wide: field.name === 'title' });
      }),
    );
    if (editing) {
      const type = controls.get('type');
      if (type) type.disabled = true;
    }
    inline.clear();
    refresh();
  }

  function defaults(): CampaignFormValues {
    const start = Math.ceil(Date.now() / 3_600_000) * 3_600_000;
    return {
      type: fields[0]?.options?.[0]?.value ?? '',
      title: '',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 30 * DAY_MS).toISOString(),
      active: 'true',
      giftCredits: '',
      signedUpAfter: '',
      percentOff: '',
      amountOff: '',
      currency: settings()?.defaultCurrency ?? 'EUR',
      creditPackageIds: [],
    };
  }

  async function save(): Promise<void> {
    if (!admin) return;
    clearAlert();
    const values = readValues();
    const input = campaignFormValuesToInput(values, fields);
    const current = editing;
    ui.save.disabled = true;
    try {
      if (current) {
        const patch = patchOf(input, current);
        const updated = Object.keys(patch).length > 0 ? await admin.campaigns.update(current.id, patch, { version: current.version }) : current;
        say(`Saved "${updated.title}".`);
      } else {
        const created = await admin.campaigns.create(input as unknown as CampaignInput);
        say(`Created "${created.title}".`);
      }
      done();
    } catch (error) {
      if (inline.show(error, (problem, name) => words(problem, fields.find((field) => field.name === name), values.currency))) showAlert(describeError(error));
      else if (isVersionConflict(error)) showAlert(describeError(error), { label: 'Reload', run: () => current && admin && open(admin, current.id) });
      else showAlert(describeError(error));
    } finally {
      ui.save.disabled = false;
    }
  }

  async function open(client: AdminClient, campaignId: string | undefined): Promise<void> {
    admin = client;
    editing = undefined;
    ui.title.textContent = campaignId ? 'Edit campaign' : 'New campaign';
    ui.crumb.textContent = campaignId ? 'Edit' : 'New';
    ui.save.textContent = campaignId ? 'Apply Changes' : 'Create campaign';
    ui.fields.replaceChildren();
    say('');
    focusHeading(ui.title);
    try {
      const [packages, campaign] = await Promise.all([client.creditPackages.list(), campaignId ? client.campaigns.get(campaignId) : undefined]);
      editing = campaign;
      if (campaign) ui.title.textContent = `Edit "${campaign.title}" (version ${campaign.version})`;
      render(campaign ? campaignFormValuesOf(campaign, { currency: defaults().currency }) : defaults(), packages);
    } catch (error) {
      showAlert(`Could not open the campaign form: ${describeError(error)}`);
    }
  }

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  ui.cancel.addEventListener('click', done);

  return { open: (client, campaignId) => void open(client, campaignId) };
}
