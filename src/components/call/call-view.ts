/**
 * The launcher's templates, one per state: Join, joining, too early (with the countdown to the
 * opening), in the call (countdown, notices, Leave and the expert's End), ended, ejected and the
 * error box. Plain functions of what they show; the element decides which one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { JoinAnswer } from '../../client/index.js';
import type { CallEndReason, CallState } from '../../core/session/index.js';
import type { CallTexts } from './i18n/catalog.js';
import type { MediaProblem } from './call-frame.js';
import { describeCallError } from './errors.js';
import { CountdownFormat } from './format.js';

/** What every state's template needs: the texts, the formats, and the launcher's actions. */
export interface CallView {
  t: CallTexts;
  formats: CountdownFormat;
  /** The last join's answer, if any. */
  answer: JoinAnswer | undefined;
  mediaProblem: MediaProblem | undefined;
  join: () => void;
}

/** The actions and readings of a call under way. */
export interface InCall {
  state: CallState;
  answer: JoinAnswer;
  /** The countdown (deadline, or hard stop once time is up), `null` while there is none. */
  left: number | null;
  networkLost: boolean;
  /** Why the expert's End failed, if it did. */
  endError: unknown;
  leave: () => void;
  end: () => void;
}

/** Join, or Join again; disabled before the call opens. */
export function joinButton(v: CallView, label: string, disabled = false): TemplateResult {
  return html`<button part="join-button" class="button" type="button" ?disabled=${disabled} @click=${v.join}>${label}</button>`;
}

/** The launcher before anything happened. */
export function idleView(v: CallView): TemplateResult {
  return html`<div class="bar">${joinButton(v, v.t.callJoin)}</div>`;
}

/** While the join request and the frame are under way. */
export function joiningView(v: CallView): TemplateResult {
  return html`<div class="bar" aria-busy="true">
    <button part="join-button" class="button" type="button" disabled>${v.t.callJoining}</button>
  </div>`;
}

/** Before the call opens: when, a countdown within the last day, and Join turned on at the opening. */
export function tooEarlyView(v: CallView, opensAtMs: number, left: number, todayMs: number): TemplateResult {
  const { t, formats: f } = v;
  return html`<div class="bar">
    <div part="status" class="status" tabindex="-1">
      <p class="text">${t.callOpensAt(f.opensAt(opensAtMs, todayMs))}</p>
      ${left > 0 && !CountdownFormat.beyondADay(left)
        ? html`<p part="countdown" class="countdown" role="timer">${t.callOpensIn(f.countdown(left))}</p>`
        : nothing}
    </div>
    ${joinButton(v, t.callJoin, left > 0)}
  </div>`;
}

/** The session ended for this participant; after leaving, they may join again. */
export function endedView(v: CallView, reason: CallEndReason): TemplateResult {
  const { t } = v;
  return html`<div part="ended" class="ended">
    <h2 class="title">${t.callEndedTitle}</h2>
    <p class="text">${t.callEnded[reason]}</p>
    ${reason === 'left' ? joinButton(v, t.callRejoin) : nothing}
  </div>`;
}

/** The provider put this participant out of a session that goes on. */
export function ejectedView(v: CallView): TemplateResult {
  return html`<div part="ended" class="ended">
    <h2 class="title">${v.t.callEjected}</h2>
    ${joinButton(v, v.t.callRejoin)}
  </div>`;
}

/** In the call: banners, the countdown or the wait for the client, the time-up notice, Leave and End. */
export function inCallView(v: CallView, c: InCall): TemplateResult {
  const { t, formats: f } = v;
  const { state, answer, left } = c;
  const timeUp = state.phase === 'time_up';
  const countdown =
    left === null
      ? nothing
      : html`<p part="countdown" class="countdown" role="timer">
          ${timeUp ? t.callStopsIn(f.countdown(left)) : t.callTimeLeft(f.countdown(left))}
        </p>`;
  return html`${c.networkLost ? html`<p part="banner" class="banner" role="alert">${t.callNetworkLost}</p>` : nothing}
    ${v.mediaProblem ? html`<p part="banner" class="banner" role="alert">${mediaSentence(v)}</p>` : nothing}
    <div class="bar">
      <div part="status" class="status" tabindex="-1">
        ${state.phase === 'waiting' ? html`<p class="text">${t.callWaitingForClient}</p>` : countdown}
        ${timeUp ? html`<p part="notice" class="notice">${state.role === 'expert' ? t.callTimeUpExpert : t.callTimeUpClient}</p>` : nothing}
        ${answer.phone && answer.roomUrl === null ? html`<p part="phone" class="text">${t.callPhone[answer.phone.status]}</p>` : nothing}
        ${answer.provider === 'test' ? html`<p part="test-mode" class="text muted">${t.callTestMode}</p>` : nothing}
      </div>
      <div class="actions">
        ${timeUp && state.role === 'expert'
          ? html`<button part="end-button" class="button" type="button" @click=${c.end}>${t.callEnd}</button>`
          : nothing}
        <button part="leave-button" class="button button--secondary" type="button" @click=${c.leave}>${t.callLeave}</button>
      </div>
    </div>
    ${c.endError ? endErrorBanner(v, c.endError) : nothing}`;
}

/** The error box: a set-up mistake, a refused or failed join, a blocked camera or microphone. */
export function errorView(v: CallView, error: unknown, retryable: boolean): TemplateResult {
  const { t } = v;
  const { message, detail, retry } = describeCallError(error, t);
  return html`<div part="error" class="error" role="alert">
    <h2 class="title error-title">${t.callErrorTitle}</h2>
    <p part="error-message" class="error-text">${v.mediaProblem ? mediaSentence(v) : message}</p>
    ${detail ? html`<p part="error-detail" class="error-detail">${detail}</p>` : nothing}
    ${retryable && retry ? html`<button part="retry-button" class="button button--secondary" type="button" @click=${v.join}>${t.retry}</button>` : nothing}
  </div>`;
}

function endErrorBanner(v: CallView, error: unknown): TemplateResult {
  const { message, detail } = describeCallError(error, v.t);
  return html`<p part="banner" class="banner" role="alert">${message}${detail ? html` <span class="detail">${detail}</span>` : nothing}</p>`;
}

/** What a blocked permission or a missing device means for this call. */
function mediaSentence(v: CallView): string {
  return v.mediaProblem === 'permission' ? v.t.callPermissionDenied(v.answer?.service === 'video') : v.t.callDeviceProblem;
}
