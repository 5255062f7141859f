import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PaymentConfig } from '../../client/types.js';
import { TEST_CARDS, type TestCard } from './card-form.js';

/** The words of the card fieldset, in the element's language. */
export interface CardFieldsetTexts {
  legend: string;
  /** Shown while the payment configuration or Stripe's form loads. */
  loading: string;
  /** Shown when Stripe.js could not be loaded. */
  unavailable: string;
  /** The reference server's test mode, said plainly. */
  testModeNotice: string;
  /** The label of each test card. */
  testCards: Readonly<Record<TestCard, string>>;
}

/** What the card fieldset needs: the payment configuration as it loads, and the test card choice. */
export interface CardFieldsetOptions {
  texts: CardFieldsetTexts;
  /** Renders the payment configuration task's states (`task.render`). */
  config: (renderers: {
    initial: () => TemplateResult;
    pending: () => TemplateResult;
    complete: (config: PaymentConfig | undefined) => TemplateResult;
    error: (error: unknown) => TemplateResult;
  }) => unknown;
  /** Stripe.js could not be loaded. */
  cardProblem: boolean;
  testCard: TestCard;
  disabled: boolean;
  onTestCard: (card: TestCard) => void;
  /** How a failed load of the payment configuration is shown. */
  renderError: (error: unknown) => TemplateResult;
  /** The fieldset's `part`, when the element documents one. */
  part?: string;
}

/**
 * The card, for checkout and credits alike: with Stripe, the slot its Payment Element is projected
 * through (it lives in the light DOM); with the reference server's test mode, the labelled test
 * cards.
 */
export function renderCardFieldset(o: CardFieldsetOptions): TemplateResult {
  const { texts } = o;
  const loading = () => html`<p class="muted">${texts.loading}</p>`;
  return html`<fieldset part=${ifDefined(o.part)} class="fieldset">
    <legend>${texts.legend}</legend>
    ${o.config({
      initial: loading,
      pending: loading,
      complete: (config) =>
        config?.provider === 'stripe'
          ? html`${o.cardProblem ? html`<p class="field-error" role="alert">${texts.unavailable}</p>` : nothing}
              <div class="card-form"><slot name="card-form">${loading()}</slot></div>`
          : renderTestCards(o),
      error: o.renderError,
    })}
  </fieldset>`;
}

/** The reference server's test mode: a clearly labelled choice of how the test card behaves. */
function renderTestCards(o: CardFieldsetOptions): TemplateResult {
  return html`<p part="test-mode" class="test-mode">${o.texts.testModeNotice}</p>
    <div class="choices">
      ${TEST_CARDS.map(
        (card) => html`<label class="choice">
          <input type="radio" name="test-card" .value=${card} .checked=${o.testCard === card} ?disabled=${o.disabled} @change=${() => o.onTestCard(card)} />
          <span>${o.texts.testCards[card]}</span>
        </label>`,
      )}
    </div>`;
}
