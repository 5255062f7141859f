/**
 * Form descriptors of a campaign, as the package form's (`fields.ts`): everything a dashboard
 * needs to render the campaign form in its own UI kit. Limits come from core's campaign rules,
 * texts from `src/admin/i18n/campaigns.ts`. Which fields show depends on the campaign `type`.
 */
import { CURRENCY_CODES } from '../../core/currencies.js';
import { MAX_CREDIT_GRANT } from '../../core/credit-grant.js';
import { CAMPAIGN_TYPES, MAX_CAMPAIGN_PACKAGES, type CampaignType } from '../../core/validate-campaign.js';
import { campaignTranslation, type CampaignFormFieldName } from '../i18n/campaigns.js';
import type { FieldOption } from './fields.js';

/** How a campaign field is entered: `datetime` an instant, `multiselect` credit package ids (from `admin.creditPackages.list()`). */
export type CampaignFieldKind = 'select' | 'number' | 'text' | 'datetime' | 'checkbox' | 'multiselect';

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
    amountOff: { kind: 'number', required: false, min: 1, step: 1, unit: t.units.minorUnits, types: SELECTED },
    currency: { kind: 'select', required: false, options: CURRENCY_CODES.map((value) => ({ value, label: value })), types: SELECTED },
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
