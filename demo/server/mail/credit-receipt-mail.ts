/**
 * The receipt of a paid credit purchase, in the customer's language and time zone (always named):
 * the order number, the credit package, the credits added, what was paid and how (with what a
 * campaign and a coupon took off, and a coupon's gift credits), the new balance and the date.
 */
import { formatMoney } from '../../../src/core/money.js';
import type { MailReader } from './booking-mail.js';
import { couponText, instantText, isolate, mailText, priceText, type MailedCoupon, type Price } from './format.js';
import type { Mail } from './mailer.js';

/** The credit purchase a receipt is about. */
export interface MailedCreditPurchase {
  id: string;
  /** What the card paid, in the smallest unit of `currency`. */
  amount: number;
  currency: string;
  /** The credits the purchase added. */
  credits: number;
  /** The balance once they were added (gift credits included). */
  balance: number;
  /** When it was bought, a UTC instant. */
  createdAt: string;
  coupon?: MailedCoupon | undefined;
}

/** What a credit receipt says. */
export interface CreditReceiptMailInput extends MailReader {
  /** The credit package's title, `null` when it was deleted since (the credits name it then). */
  packageTitle: string | null;
  purchase: MailedCreditPurchase;
  /** The campaign whose price was charged and what it took off (minor units), or `null`. */
  campaign: { title: string; discount: number } | null;
}

/** Composes the receipt of a paid credit purchase. */
export function creditReceiptMail(input: CreditReceiptMailInput): Mail {
  const { terms, purchase, campaign } = input;
  const plainTitle = input.packageTitle ?? terms.credits(purchase.credits);
  const title = isolate(terms, plainTitle);
  const price: Price = { method: purchase.amount === 0 ? 'free' : 'card', amount: purchase.amount, currency: purchase.currency, credits: null };
  const text = mailText(terms, [
    terms.greeting(isolate(terms, input.customerName)),
    terms.creditReceiptIntro(title),
    [
      `${terms.orderNumberLabel}: ${isolate(terms, purchase.id)}`,
      `${terms.packageLabel}: ${title}`,
      `${terms.creditsAddedLabel}: ${terms.credits(purchase.credits)}`,
      `${terms.amountLabel}: ${priceText(terms, price)}`,
      ...(campaign && campaign.discount > 0
        ? [`${terms.campaignLabel} ${isolate(terms, campaign.title)}: −${formatMoney(campaign.discount, purchase.currency, terms.$intl)}`]
        : []),
      ...(purchase.coupon ? [`${terms.couponLabel} ${isolate(terms, purchase.coupon.code)}: ${couponText(terms, price, purchase.coupon)}`] : []),
      `${terms.methodLabel}: ${terms.method[price.method]}`,
      `${terms.balanceLabel}: ${terms.credits(purchase.balance)}`,
      `${terms.purchaseDateLabel}: ${instantText(terms, purchase.createdAt, input.timeZone)}`,
    ].join('\n'),
  ]);
  return { to: input.to, subject: terms.creditReceiptSubject(plainTitle), text };
}
