/** A test-mode payment provider whose charges a test can hold at a gate, or fail like a network. */
import { testPaymentProvider, type PaymentProvider, type PaymentRequest } from '../../demo/server/payments/provider.js';

/** The provider and the handles a test drives it with. */
export interface GatedProvider {
  provider: PaymentProvider;
  /** Every `createPayment` request, in call order. */
  readonly requests: PaymentRequest[];
  /** Makes charges wait from now on until {@link open}. */
  close(): void;
  /** Lets every waiting and later charge through. */
  open(): void;
  /** Resolves once `n` charges wait at the gate. */
  waiting(n: number): Promise<void>;
  /** Makes the next charge throw as a network failure would (after the gate). */
  failNext(): void;
}

/** Creates a {@link GatedProvider} around the offline test provider; its gate starts open. */
export function gatedProvider(): GatedProvider {
  const inner = testPaymentProvider();
  const requests: PaymentRequest[] = [];
  let gate: Promise<void> | null = null;
  let release = () => {};
  let waiters = 0;
  let watchers: { n: number; resolve: () => void }[] = [];
  let failing = false;
  const provider: PaymentProvider = {
    name: inner.name,
    acceptsPaymentMethod: (method) => inner.acceptsPaymentMethod(method),
    confirmPayment: (id, key) => inner.confirmPayment(id, key),
    refund: (id, amount, key) => inner.refund(id, amount, key),
    async createPayment(request) {
      requests.push(request);
      if (gate) {
        waiters += 1;
        watchers = watchers.filter((watcher) => (watcher.n <= waiters ? (watcher.resolve(), false) : true));
        await gate;
      }
      if (failing) {
        failing = false;
        throw new Error('connect ECONNRESET (simulated network failure)');
      }
      return inner.createPayment(request);
    },
  };
  return {
    provider,
    requests,
    close() {
      gate = new Promise((resolve) => (release = resolve));
    },
    open() {
      gate = null;
      waiters = 0;
      release();
    },
    waiting: (n) => (waiters >= n ? Promise.resolve() : new Promise((resolve) => watchers.push({ n, resolve }))),
    failNext() {
      failing = true;
    },
  };
}
