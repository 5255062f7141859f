import { html, type TemplateResult } from 'lit';
import type { AppointmentPackage } from '../../core/package.js';
import type { CheckoutTexts } from './i18n/catalog.js';

/** How the visitor pays: by card, with credits, or not at all for a package with fee 0. */
export type CheckoutMethod = 'card' | 'credits' | 'free';

/**
 * The methods `pkg` offers: a package with fee 0 only the free path (paying credits for it would
 * be silly); else the card, and credits when it has a price in credits.
 */
export function methodsOf(pkg: AppointmentPackage): CheckoutMethod[] {
  if (pkg.fee === 0) return ['free'];
  return pkg.credits === null ? ['card'] : ['card', 'credits'];
}

/** The method to use for `pkg`: `current` while `pkg` offers it, else its first. */
export function methodFor(pkg: AppointmentPackage | undefined, current: CheckoutMethod): CheckoutMethod {
  if (!pkg) return current;
  const offered = methodsOf(pkg);
  return offered.includes(current) ? current : offered[0]!;
}

/** The price on the pay button: "$120.00" by card, "5 credits" with credits. */
export function priceOf(pkg: AppointmentPackage, method: CheckoutMethod, money: string, t: CheckoutTexts): string {
  return method === 'credits' && pkg.credits !== null ? t.creditsPrice(pkg.credits) : money;
}

/** The choice between card and credits. */
export function renderMethods(options: {
  t: CheckoutTexts;
  money: string;
  credits: number;
  chosen: CheckoutMethod;
  disabled: boolean;
  onChoose: (method: CheckoutMethod) => void;
}): TemplateResult {
  const { t, chosen, disabled, onChoose } = options;
  const option = (value: CheckoutMethod, label: string) =>
    html`<label class="choice">
      <input type="radio" name="method" .value=${value} .checked=${chosen === value} ?disabled=${disabled} @change=${() => onChoose(value)} />
      <span>${label}</span>
    </label>`;
  return html`<fieldset part="methods" class="fieldset">
    <legend>${t.methodLegend}</legend>
    <div class="choices">${option('card', t.methodCard(options.money))} ${option('credits', t.methodCredits(options.credits))}</div>
  </fieldset>`;
}
