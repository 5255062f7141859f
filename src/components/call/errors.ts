import { isApiError } from '../../client/errors.js';
import type { CallTexts } from './i18n/catalog.js';
import { describeLoadError } from '../base/load-error.js';

/** The call provider's software could not be loaded or started; the cause is kept. */
export class CallStartError extends Error {
  override readonly name = 'CallStartError' as const;
}

/** What the error box says about a failed join, and whether trying again may help. */
export interface CallErrorText {
  message: string;
  detail?: string;
  retry: boolean;
}

/** Problem codes of the join route whose sentence is the call's own. */
const CODES: Record<string, { text: (t: CallTexts) => string; retry: boolean }> = {
  session_ended: { text: (t) => t.callErrorEnded, retry: false },
  not_your_booking: { text: (t) => t.callErrorNotYours, retry: false },
  invalid_customer_token: { text: (t) => t.callErrorNotYours, retry: false },
  invalid_join_token: { text: (t) => t.callErrorNotYours, retry: false },
  invalid_expert_token: { text: (t) => t.callErrorNotYours, retry: false },
  phone_balance_insufficient: { text: (t) => t.callErrorBalance, retry: false },
  not_found: { text: (t) => t.callErrorNotFound, retry: false },
};

/** The localized sentence for a failed join (or a call that could not start), with the support reference. */
export function describeCallError(error: unknown, t: CallTexts): CallErrorText {
  if (error instanceof CallStartError) return { message: t.callErrorStart, retry: true };
  const reference = isApiError(error) && error.requestId ? `${t.errorReference}: ${error.requestId}` : undefined;
  const known = isApiError(error) ? CODES[error.code] : undefined;
  if (known) return { message: known.text(t), ...(reference ? { detail: reference } : {}), retry: known.retry };
  const { message, detail } = describeLoadError(error, t);
  return { message, ...(detail ? { detail } : {}), retry: true };
}
