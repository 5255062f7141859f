/**
 * Form descriptors of a campaign, as the package form's (`fields.ts`): everything a dashboard
 * needs to render the campaign form in its own UI kit, and the converters between a form's text
 * values and a campaign input. Limits come from core's campaign rules, texts from
 * `src/admin/i18n/campaigns.ts`. Which fields show depends on the campaign `type`.
 */
import { CURRENCY_CODES } from '../../core/currencies.js';
import { MAX_CREDIT_GRANT } from '../../core/credit-grant.js';
import { CAMPAIGN_TYPES, MAX_CAMPAIGN_PACKAGES, type Campaign, type CampaignType } from '../../core/validate-campaign.js';
import { campaignTranslation, type CampaignFormFieldName } from '../i18n/campaigns.js';
import type { FieldOption } from './fields.js';
import { majorTextToMinor, minorToMajorText } from './money.js';

/**
 * How a campaign field is entered: `datetime` an instant, `multiselect` credit package ids (from
 * `admin.creditPackages.list()`), `money` an amount typed in the major unit of the currency held
 * by the field named `currencyField` ("5.00" EUR) and sent in whole minor units (500).
 */
export type CampaignFieldKind = 'select' | 'number' | 'money' | 'text' | 'datetime' | 'checkbox' | 'multiselect';

/** One field of the campaign form. */
export interface CampaignFormField {
  /** The wire name, also the key of `FieldError.field`. */
  readonly name: CampaignFormFieldName;
  readonly kind: CampaignFieldKind;
  readonly label: string;
  readonly help: string;
  /** Whether a value is needed while the field is shown (`percentOff` / `amountOff` on selected packages: one of the two). */
  readonly required: boolean;
  readonly options?: readonly FieldOption[];
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly unit?: string;
  /** Of a `money` field: the field whose currency the amount is typed in (its code is the unit to show). */
  readonly currencyField?: CampaignFormFieldName;
  /** The campaign types that have this field; absent when every type has it. */
  readonly types?: readonly CampaignType[];
}

type Spec = Omit<CampaignFormField, 'name' | 'label' | 'help'>;

const GIFTS: readonly CampaignType[] = ['gift_new_members', 'gift_first_verification'];
const SELECTED: readonly CampaignType[] = ['discount_selected_credit_packages'];

const cache = new Map<string, readonly CampaignFormField[]>();

/**
 * The campaign form's fields for `locale` (en, de, tr, ar; others fall back to English), in form
 * order; frozen and cached per locale.
 *
 * @example
 * for (const field of campaignFormFields('de')) {
 *   if (!isCampaignFieldVisible(field, values.type)) continue;
 *   render(field.label, field.kind, field.options);
 * }
 */
export function campaignFormFields(locale = 'en'): readonly CampaignFormField[] {
  const key = typeof locale === 'string' && locale.trim() !== '' ? locale.trim() : 'en';
  const cached = cache.get(key);
  if (cached) return cached;
  const t = campaignTranslation(key);
  const specs: Record<CampaignFormFieldName, Spec> = {
    type: { kind: 'select', required: true, options: CAMPAIGN_TYPES.map((value) => ({ value, label: t.type[value] })) },
    title: { kind: 'text', required: true, minLength: 1, maxLength: 120 },
    startsAt: { kind: 'datetime', required: true },
    endsAt: { kind: 'datetime', required: true },
    active: { kind: 'checkbox', required: true },
    giftCredits: { kind: 'number', required: true, min: 1, max: MAX_CREDIT_GRANT, step: 1, unit: t.units.credits, types: GIFTS },
    signedUpAfter: { kind: 'datetime', required: false, types: ['gift_first_verification'] },
    creditPackageIds: { kind: 'multiselect', required: true, min: 1, max: MAX_CAMPAIGN_PACKAGES, types: SELECTED },
    percentOff: { kind: 'number', required: true, min: 1, max: 100, step: 1, unit: t.units.percent, types: ['discount_all_credit_packages', ...SELECTED] },
    currency: { kind: 'select', required: false, options: CURRENCY_CODES.map((value) => ({ value, label: value })), types: SELECTED },
    amountOff: { kind: 'money', required: false, min: 1, currencyField: 'currency', types: SELECTED },
  };
  const fields = Object.freeze(
    (Object.keys(specs) as CampaignFormFieldName[]).map((name) => Object.freeze({ name, ...specs[name], label: t.fields[name].label, help: t.fields[name].help })),
  );
  cache.set(key, fields);
  return fields;
}

/** Whether `field` is shown for a campaign of `type`: the common fields always, a type's own fields only for it. */
export function isCampaignFieldVisible(field: CampaignFormField, type: unknown): boolean {
  return field.types === undefined || (field.types as readonly unknown[]).includes(type);
}

/**
 * A campaign form's values as inputs hold them: one string per field (`active` "true" or
 * "false", instants as ISO-8601 text, money in the major unit), the chosen credit package ids.
 */
export type CampaignFormValues = Record<Exclude<CampaignFormFieldName, 'creditPackageIds'>, string> & { creditPackageIds: readonly string[] };

/**
 * The form values of a stored campaign: numbers as decimal text, the fixed discount in the major
 * unit of its currency (`amountOff` 500 EUR → "5.00"), absent fields empty. `defaults` fill the
 * fields the campaign lacks (e.g. the tenant's `currency` for a campaign with a percentage).
 *
 * @example
 * const values = campaignFormValuesOf(await admin.campaigns.get(id), { currency: settings.defaultCurrency });
 */
export function campaignFormValuesOf(campaign: Campaign, defaults: Readonly<Partial<Record<CampaignFormFieldName, string>>> = {}): CampaignFormValues {
  const record = campaign as unknown as Readonly<Record<string, unknown>>;
  const values = { creditPackageIds: [] as readonly string[] } as CampaignFormValues;
  for (const field of campaignFormFields()) {
    const value = record[field.name];
    if (field.name === 'creditPackageIds') values.creditPackageIds = Array.isArray(value) ? value.map(String) : [];
    else if (value === undefined || value === null) values[field.name] = defaults[field.name] ?? '';
    else if (field.kind === 'money' && typeof value === 'number') values[field.name] = minorToMajorText(value, field.currencyField && record[field.currencyField]);
    else values[field.name] = String(value);
  }
  return values;
}

/**
 * Reads form values into a campaign input for `admin.campaigns.create` (or, compared with the
 * stored campaign, a patch): only the fields of the chosen `type`; numbers parsed (text that is
 * not a number kept, so the validator names it); an empty field left out (so a required one is
 * reported as required); `active` as a boolean. A fixed discount typed in the major unit of the
 * chosen currency becomes whole minor units ("5" or "5.00" EUR → 500, "500" JPY → 500; too many
 * decimals are kept as text for the validator to name), and that currency is sent only with an
 * amount, since a percentage takes none.
 *
 * @example
 * const input = campaignFormValuesToInput(values, campaignFormFields('de'));
 * await admin.campaigns.create(input as CampaignInput);
 */
export function campaignFormValuesToInput(values: Readonly<Partial<CampaignFormValues>>, fields: readonly CampaignFormField[] = campaignFormFields()): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const text = (name: CampaignFormFieldName): string => {
    const value = values[name];
    return typeof value === 'string' ? value.trim() : '';
  };
  const shown = fields.filter((field) => isCampaignFieldVisible(field, values.type));
  const currencies = new Map(shown.filter((field) => field.kind === 'money' && field.currencyField).map((field) => [field.currencyField, field.name]));
  for (const field of shown) {
    const raw = text(field.name);
    const amountOf = currencies.get(field.name);
    if (field.kind === 'multiselect') {
      const ids = values[field.name];
      if (Array.isArray(ids) && ids.length > 0) input[field.name] = [...(ids as readonly string[])];
    } else if (raw === '' || (amountOf !== undefined && text(amountOf) === '')) {
      continue;
    } else if (field.kind === 'checkbox') {
      input[field.name] = raw === 'true';
    } else if (field.kind === 'money') {
      input[field.name] = majorTextToMinor(raw, field.currencyField && text(field.currencyField)) ?? raw;
    } else if (field.kind === 'number') {
      const number = Number(raw);
      input[field.name] = /^[+-]?\d+(\.\d+)?$/.test(raw) && Number.isFinite(number) ? number : raw;
    } else {
      input[field.name] = raw;
    }
  }
  return input;
}
