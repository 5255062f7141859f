import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApptClient } from '../../client/index.js';
import { isApiError, isNetworkError, isTimeoutError } from '../../client/errors.js';
import type { CouponQuote } from '../../client/types.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { couponTerms, type CouponTexts } from './i18n/catalog.js';
import type { CouponReason } from './i18n/terms.js';

/** What a code is quoted for: a package paid by `method`, or a credit package. */
export type CouponTarget = { packageId: string; method: 'card' | 'credits' } | { creditPackageId: string };

/** What the coupon field reads from its element. */
export interface CouponDeps {
  client: () => ApptClient | Error | undefined;
  /** What the code would pay for now; `undefined` when nothing takes a code (a free package, no offer chosen). */
  target: () => CouponTarget | undefined;
  /** A guest's e-mail once it is well formed, so that the customer's rules are checked before paying. */
  guestEmail?: () => string | undefined;
}

const REASONS: readonly CouponReason[] = [
  'coupon_unknown',
  'coupon_inactive',
  'coupon_not_started',
  'coupon_expired',
  'coupon_used_up',
  'coupon_not_applicable',
  'coupon_new_members_only',
  'coupon_already_used',
];

/**
 * Why the server refused a code: the reason of a 422 on `couponCode` (from a quote or a purchase),
 * `undefined` for any other failure.
 */
export function couponRefusal(error: unknown): CouponReason | undefined {
  if (!isApiError(error) || error.status !== 422) return undefined;
  const refusal = error.fieldErrors.find((e) => e.field === 'couponCode');
  if (!refusal) return undefined;
  return REASONS.includes(refusal.code as CouponReason) ? (refusal.code as CouponReason) : 'other';
}

/** Why a quote failed, as the field says it. */
function reasonOf(error: unknown): CouponReason {
  const refusal = couponRefusal(error);
  if (refusal) return refusal;
  return isNetworkError(error) || isTimeoutError(error) || (isApiError(error) && error.status >= 500) ? 'failed' : 'other';
}

const keyOf = (target: CouponTarget | undefined): string => (target ? JSON.stringify(target) : '');

/**
 * The coupon field of an element that sells (`<appt-checkout>`, `<appt-credits>`): the code as
 * typed, the quote of the code applied (`client.coupons.quote`), why a code was refused, and the
 * check in progress. The code applied is quoted again when what it pays for changes (another
 * package or method); with nothing to pay for, it is dropped. Its state updates the host; its
 * texts are the field's own catalog ({@link couponTerms}), in the host's language.
 */
export class CouponController implements ReactiveController {
  private typed = '';
  private quote: CouponQuote | undefined;
  private refused: CouponReason | undefined;
  private checking: AbortController | undefined;
  private announced = '';
  private targetKey = '';
  private focusNext: 'input' | undefined;
  private readonly localize: LocalizeController<typeof couponTerms.fallback>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly deps: CouponDeps,
  ) {
    this.localize = new LocalizeController(host, couponTerms);
    host.addController(this);
  }

  /** The code as typed. */
  get code(): string {
    return this.typed;
  }

  /** The quote of the code applied, for what it pays for now. */
  get applied(): CouponQuote | undefined {
    return this.quote;
  }

  /** Why the last code was refused. */
  get reason(): CouponReason | undefined {
    return this.refused;
  }

  /** A code is being checked: the element waits with its payment. */
  get pending(): boolean {
    return this.checking !== undefined;
  }

  /** What the field's live region says: checking, applied, removed. */
  get announcement(): string {
    return this.pending ? this.texts.couponChecking : this.announced;
  }

  /** The code sent with the purchase: the applied one, as the server stored it. */
  get purchaseCode(): { couponCode?: string } {
    return this.quote ? { couponCode: this.quote.couponCode } : {};
  }

  /** Whether the applied code takes a card price whole: nothing to charge, so no card is asked for. */
  get coversAll(): boolean {
    return this.quote?.method === 'card' && this.quote.amount === 0;
  }

  /** The field's texts in the host's language (English for the moment another loads). */
  get texts(): CouponTexts {
    return this.localize.resolve().translation ?? this.localize.fallback;
  }

  hostUpdate(): void {
    const target = this.deps.target();
    const key = keyOf(target);
    if (key === this.targetKey) return;
    this.targetKey = key;
    const wanted = this.quote !== undefined || this.pending;
    this.drop();
    this.refused = undefined;
    if (target && wanted) void this.apply();
  }

  hostUpdated(): void {
    if (this.focusNext !== 'input') return;
    this.focusNext = undefined;
    this.host.renderRoot.querySelector<HTMLInputElement>('[part~="coupon-input"]')?.focus();
  }

  hostDisconnected(): void {
    this.checking?.abort();
    this.checking = undefined;
  }

  /** The visitor typed: a refusal of the last code goes. */
  input(value: string): void {
    this.typed = value;
    if (this.refused) this.refused = undefined;
    this.host.requestUpdate();
  }

  /** Applies the code typed: quotes it for what it pays for now. */
  async apply(): Promise<void> {
    const code = this.typed.trim();
    const client = this.deps.client();
    const target = this.deps.target();
    if (!client || client instanceof Error || !target) return;
    this.drop();
    if (!code) return this.refuse('empty');
    const checking = new AbortController();
    this.checking = checking;
    this.refused = undefined;
    this.announced = '';
    this.host.requestUpdate();
    try {
      const guestEmail = this.deps.guestEmail?.();
      const quote = await client.coupons.quote({ couponCode: code, ...target, ...(guestEmail ? { guestEmail } : {}) }, { signal: checking.signal });
      if (this.checking !== checking) return;
      this.quote = quote;
      this.announced = this.texts.couponApplied(quote.couponCode);
    } catch (error) {
      if (this.checking !== checking) return;
      this.refused = reasonOf(error);
      this.focusNext = 'input';
    } finally {
      if (this.checking === checking) {
        this.checking = undefined;
        this.host.requestUpdate();
      }
    }
  }

  /** Takes the applied code off: the full price again, the field empty and focused. */
  remove(): void {
    this.drop();
    this.typed = '';
    this.refused = undefined;
    this.announced = this.texts.couponRemoved;
    this.focusNext = 'input';
    this.host.requestUpdate();
  }

  /** Paid: the next purchase starts with an empty field. */
  reset(): void {
    this.drop();
    this.typed = '';
    this.refused = undefined;
    this.announced = '';
    this.host.requestUpdate();
  }

  /**
   * The purchase refused the code applied (e.g. used up meanwhile): its price goes, the reason
   * shows in the field, which takes the focus. Answers whether `error` was such a refusal.
   */
  refusedBy(error: unknown): boolean {
    const reason = couponRefusal(error);
    if (!reason) return false;
    this.refuse(reason);
    return true;
  }

  private refuse(reason: CouponReason): void {
    this.drop();
    this.refused = reason;
    this.announced = '';
    this.focusNext = 'input';
    this.host.requestUpdate();
  }

  /** Forgets the applied quote and stops a check in progress. */
  private drop(): void {
    this.checking?.abort();
    this.checking = undefined;
    this.quote = undefined;
  }
}
