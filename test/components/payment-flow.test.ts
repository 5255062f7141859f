import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { NetworkError } from '../../src/client/errors.js';
import { CardError, type CardWanted } from '../../src/components/payment/card-form.js';
import type { PaymentWords } from '../../src/components/payment/failure-message.js';
import { PaymentFlow } from '../../src/components/payment/payment-flow.js';
import { hasStrings, RedirectStore } from '../../src/components/payment/redirect-store.js';
import type { StripeLoader } from '../../src/components/payment/stripe.js';
import { FakeStripe } from './harness/fake-stripe.js';
import { gate } from './harness/fixtures.js';

interface Pending {
  purchaseId: string;
}

const store = new RedirectStore<Pending>('apptkit.test-flow', (value): value is Pending => hasStrings(value, 'purchaseId'));

const WORDS: PaymentWords = {
  cardUnavailable: 'No card form.',
  authentication: 'Not confirmed.',
  declined: 'Declined.',
  network: 'No connection: you will not be charged twice.',
  signIn: 'Sign in again.',
  other: 'Something went wrong.',
  reference: 'Reference',
};

const STRIPE: CardWanted['config'] = { provider: 'stripe', publishableKey: 'pk_test_fake' };
const card = (amount: number): CardWanted => ({ config: STRIPE, price: { amount, currency: 'EUR', locale: 'en-US' } });

/** The smallest element with a payment flow: what it wants is set by the test. */
class FlowHost extends LitElement {
  wanted: CardWanted | undefined;
  loader: StripeLoader | undefined;
  ready = false;
  readonly resumed: Pending[] = [];
  readonly flow = new PaymentFlow<{ order: string; n: number }, Pending>(this, {
    tag: 'test-flow-host',
    cardHost: () => this,
    stripeLoader: () => this.loader,
    card: () => this.wanted,
    returnUrl: () => 'https://shop.example.com/back',
    redirects: store,
    words: () => WORDS,
    canResume: () => this.ready,
    resume: async (pending) => {
      this.resumed.push(pending);
    },
  });

  override render(): TemplateResult {
    return html`<p>${this.flow.resuming ? 'resuming' : this.flow.error?.message ?? ''}</p>
      <slot name="card-form"></slot>`;
  }
}
customElements.define('test-flow-host', FlowHost);

async function host(setup: (el: FlowHost) => void = () => undefined): Promise<FlowHost> {
  const el = document.createElement('test-flow-host') as FlowHost;
  setup(el);
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.append(el);
  await el.updateComplete;
  return el;
}

async function until(predicate: () => boolean, message: string): Promise<void> {
  for (let i = 0; i < 200 && !predicate(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!predicate()) throw new Error(message);
}

describe('PaymentFlow', () => {
  beforeEach(() => sessionStorage.clear());

  describe('the Payment Element', () => {
    it('is mounted once, for the last amount wanted, however often it changes while Stripe.js loads', async () => {
      const stripe = new FakeStripe();
      const loading = gate();
      let loads = 0;
      const el = await host((el) => {
        el.loader = async () => {
          loads++;
          await loading.promise;
          return stripe;
        };
        el.wanted = card(1000);
      });
      for (const amount of [2000, 1000, 3000]) {
        el.wanted = card(amount);
        el.requestUpdate();
        await el.updateComplete;
      }
      loading.open();
      await until(() => el.flow.cardReady, 'the form never became ready');
      expect(el.querySelectorAll('[slot="card-form"]')).to.have.length(1);
      expect(stripe.mounts - stripe.destroyed).to.equal(1);
      expect(stripe.elementsOptions.at(-1)).to.include({ amount: 3000 });
      expect(loads).to.be.at.least(1);
    });

    it('is removed when the element leaves the page, and never mounted when it left while Stripe.js loaded', async () => {
      const stripe = new FakeStripe();
      const loading = gate();
      const el = await host((el) => {
        el.loader = async () => {
          await loading.promise;
          return stripe;
        };
        el.wanted = card(1000);
      });
      el.remove();
      loading.open();
      await new Promise((r) => setTimeout(r, 50));
      expect(stripe.mounts).to.equal(0);
      expect(el.querySelector('[slot="card-form"]')).to.equal(null);
    });

    it('says Stripe.js could not load, and the card cannot be charged', async () => {
      const el = await host((el) => {
        el.loader = () => Promise.reject(new Error('offline'));
        el.wanted = card(1000);
      });
      await until(() => el.flow.cardProblem, 'no card problem');
      const failed = await el.flow.paymentMethod(STRIPE, 'pm_card_visa').catch((error: unknown) => error);
      expect(failed).to.be.instanceOf(CardError);
      expect(el.flow.fail(failed).code).to.equal('card_unavailable');
      expect(el.flow.error).to.deep.equal({ message: 'No card form.' });
    });
  });

  describe('the Idempotency-Key', () => {
    it('is reused with the very same request by a retry after an unknown outcome', async () => {
      const el = await host();
      let built = 0;
      const build = async () => ({ order: 'a', n: ++built });
      const first = await el.flow.attempt('order a', build);
      el.flow.fail(new NetworkError('https://api.apptkit.test/v1/purchases', new TypeError('Failed to fetch')));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('you will not be charged twice');
      const retry = await el.flow.attempt('order a', build);
      expect(retry).to.deep.equal(first);
      expect(built).to.equal(1);
    });

    it('is new after a definite failure, after a changed order, and after the attempt ended', async () => {
      const el = await host();
      const build = async () => ({ order: 'a', n: 0 });
      const keys = [(await el.flow.attempt('order a', build)).key];
      el.flow.fail(new CardError('invalid', 'Your card number is incomplete.'));
      expect(el.flow.error?.message).to.equal('Your card number is incomplete.');
      keys.push((await el.flow.attempt('order a', build)).key);
      keys.push((await el.flow.attempt('order b', build)).key);
      el.flow.endAttempt();
      keys.push((await el.flow.attempt('order b', build)).key);
      expect(new Set(keys).size).to.equal(4);
    });

    it('runs one payment step at a time: a second click while paying does nothing', async () => {
      const el = await host();
      const step = gate();
      let runs = 0;
      const first = el.flow.run(async () => {
        runs++;
        await step.promise;
      });
      void el.flow.run(async () => {
        runs++;
      });
      expect(el.flow.paying).to.equal(true);
      step.open();
      await first;
      expect([runs, el.flow.paying]).to.deep.equal([1, false]);
    });
  });

  describe('the redirect', () => {
    it('remembers the payment while Stripe authenticates, and forgets it when no redirect happened', async () => {
      const stripe = new FakeStripe();
      const el = await host((el) => {
        el.loader = async () => stripe;
        el.wanted = card(1000);
      });
      await until(() => el.flow.cardReady, 'the form never became ready');
      let kept: string | null = null;
      const confirm = stripe.confirmPayment.bind(stripe);
      stripe.confirmPayment = async (options) => {
        kept = sessionStorage.getItem('apptkit.test-flow');
        return confirm(options);
      };
      await el.flow.authenticate('pi_secret', { purchaseId: 'pur_1' });
      expect(kept).to.equal('{"purchaseId":"pur_1"}');
      expect(stripe.confirmCalls[0]).to.deep.equal({ clientSecret: 'pi_secret', confirmParams: { return_url: 'https://shop.example.com/back' }, redirect: 'if_required' });
      expect(sessionStorage.getItem('apptkit.test-flow')).to.equal(null);
    });

    it('resumes a payment back from the bank once, when the element is ready, and cleans the URL', async () => {
      sessionStorage.setItem('apptkit.test-flow', JSON.stringify({ purchaseId: 'pur_9' }));
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?payment_intent=pi_1&payment_intent_client_secret=pi_1_secret&redirect_status=succeeded`);
      try {
        const el = await host();
        expect(el.shadowRoot!.textContent).to.contain('resuming');
        expect(el.resumed).to.deep.equal([]);
        expect(location.search).to.equal('');
        el.ready = true;
        el.requestUpdate();
        await until(() => !el.flow.resuming, 'never resumed');
        el.requestUpdate();
        await el.updateComplete;
        expect(el.resumed).to.deep.equal([{ purchaseId: 'pur_9' }]);
        expect(sessionStorage.getItem('apptkit.test-flow')).to.equal(null);
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('leaves a return URL alone when it holds no payment of this element', async () => {
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?payment_intent=pi_1&payment_intent_client_secret=pi_1_secret`);
      try {
        const el = await host((el) => (el.ready = true));
        expect(el.flow.resuming).to.equal(false);
        expect(location.search).to.contain('payment_intent_client_secret');
      } finally {
        history.replaceState(null, '', before);
      }
    });
  });
});
