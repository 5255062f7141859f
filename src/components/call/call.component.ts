import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { ApptElement } from '../base/appt-element.js';
import { ConfigurationError } from '../base/configuration-error.js';
import { clientFromAttributes } from '../base/own-client.js';
import { clientContext } from '../../context/client.js';
import type { ApptClient, CallCredentials, CallParticipant, CallStateAnswer, JoinAnswer } from '../../client/index.js';
import { joinOpensAtOf, isIsoInstant } from '../../client/calls-contract.js';
import {
  clockOffsetMs,
  createCallMachine,
  remainingMs,
  serverNow,
  type CallEndReason,
  type CallEvent,
  type CallMachine,
  type CallState,
} from '../../core/session/index.js';
import { ApptCallEndEvent, type ApptCallEndReason } from '../../events/call-end.js';
import { ApptCallJoinEvent } from '../../events/call-join.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { callTerms, type CallTexts } from './i18n/catalog.js';
import { tokens } from '../../styles/tokens.js';
import { shared } from '../../styles/shared.js';
import { callStyles } from './call.styles.js';
import { loadDaily, type CallFrame, type CallFrameEvent, type CallFrameFactory, type CallFrameOptions } from './daily.js';
import { CallStartError, describeCallError } from './errors.js';
import { CountdownFormat } from './format.js';
import { VisitorZoneController, zoneAttributeProblem } from '../customer/visitor-zone.js';

const TAG = 'appt-call';
/** How often the countdown and the session's phase are brought up to date. */
const TICK_MS = 1000;
/** How often the server is asked for its stamped events (the expert ended, the first join…) while in a call. */
const POLL_MS = 15_000;
/** Minutes left at which the live region speaks (never every second). */
const MILESTONES = [10, 5, 1] as const;
/** Daily errors that mean the provider put this participant out of the call. */
const EJECTIONS = new Set(['ejected', 'exp-token', 'exp-room']);
/** Daily camera errors caused by a blocked permission (the rest are missing or busy devices). */
const PERMISSION_ERRORS = new Set(['permissions']);

/** What the launcher shows. The phase within a call comes from the core call machine. */
type View =
  | { kind: 'idle' }
  | { kind: 'too-early'; opensAtMs: number }
  | { kind: 'joining' }
  | { kind: 'in-call' }
  | { kind: 'ended'; reason: CallEndReason }
  | { kind: 'ejected' }
  | { kind: 'error'; error: unknown };

/** Why the camera or microphone did not work: a blocked permission, or a missing or busy device. */
type MediaProblem = 'permission' | 'device';

/**
 * The in-page call launcher of a booking's audio, video or phone session. It joins through the
 * tenant's API, opens the call (Daily Prebuilt in a frame inside the element; an audio package
 * never asks for the camera) and enforces the package's session-ending rules on the server's
 * clock: the offset between the server and this device is measured around the join request, so
 * a device clock minutes off changes nothing.
 *
 * - Before the call opens it says when, with a countdown.
 * - In the call it counts down to the deadline; the live region speaks at 10, 5 and 1 minutes.
 * - `automatic` packages: at the deadline the element leaves and destroys the call for this
 *   participant. The server enforces the same limit on its side (the meeting token expires at
 *   the hard stop and Daily ejects everyone), so closing the element's tab changes nothing.
 * - `by_expert` packages: at the deadline the expert sees "Time is up" and an End button; the
 *   client is told the expert will end shortly; at the hard stop (deadline + overtime cap) the
 *   call stops for both.
 * - A rejoin never restarts the clock: the server keeps the client's first join.
 * - While in a call it asks the server every 15 s, and whenever the tab becomes visible again,
 *   for server-stamped events (the expert ended the session, the client's first join); a tab
 *   asleep past the deadline lands straight in the right phase when it wakes.
 *
 * It joins through the `ApptClient` an ancestor provides by context, or else through its own
 * client built from `api` and `key`. The call software (daily-js) loads only when joining; set
 * `callFactory` to run the call on something else (tests use a fake).
 *
 * @summary Joins a booking's audio, video or phone call and enforces the package's session-ending rules.
 * @tag appt-call
 *
 * @event {ApptCallJoinEvent} appt-call-join - This participant is in the call.
 * @event {ApptCallEndEvent} appt-call-end - The call ended for this participant; `event.reason` says why (`deadline`, `hard_stop`, `expert`, `left`, `ejected`).
 *
 * @csspart base - The root wrapper; carries `dir` and `lang`.
 * @csspart status - The line saying where the session stands (opens at, time left, time up, ended).
 * @csspart countdown - The countdown (`role="timer"`).
 * @csspart notice - The time-up notice of a by-expert session.
 * @csspart join-button - The Join (and Join again) button.
 * @csspart leave-button - The button leaving the call.
 * @csspart end-button - The expert's button ending the session.
 * @csspart stage - The box holding the call frame.
 * @csspart banner - A problem during the call: connection lost, camera or microphone blocked.
 * @csspart phone - The dial-out status of a phone package's client.
 * @csspart test-mode - The note that the offline test provider runs the call.
 * @csspart ended - The "session has ended" box.
 * @csspart error - The error box.
 * @csspart error-message - The sentence saying why joining failed.
 * @csspart error-detail - The support reference, or for a set-up mistake the attribute at fault.
 * @csspart retry-button - The error box's retry button.
 *
 * @cssproperty --appt-color-primary - Accent color: buttons, focus (global token).
 * @cssproperty --appt-color-on-primary - Text on the accent color (global token).
 * @cssproperty --appt-color-surface - Background of the panel (global token).
 * @cssproperty --appt-color-text - Main text color (global token).
 * @cssproperty --appt-color-muted - Secondary text color (global token).
 * @cssproperty --appt-color-border - Borders (global token).
 * @cssproperty --appt-color-danger - Error and warning color (global token).
 * @cssproperty --appt-color-danger-surface - Error box and banner background (global token).
 * @cssproperty --appt-radius - Corner radius (global token).
 * @cssproperty --appt-space - Base spacing unit (global token).
 * @cssproperty --appt-font-family - Font stack (global token).
 * @cssproperty --appt-font-size - Base font size every size derives from, 16px by default (global token).
 * @cssproperty --appt-focus-ring - Outline of focused controls (global token).
 * @cssproperty --appt-call-background - Background of the launcher panel.
 * @cssproperty --appt-call-stage-background - Background behind the call frame.
 * @cssproperty --appt-call-stage-min-height - Height of the call frame of an audio or phone call (video keeps 16:9).
 */
export class ApptCall extends ApptElement {
  static override styles = [tokens, shared, callStyles];
  /** This element's own texts in every language; `register` adds or rewords one (e.g. French). */
  static readonly terms = callTerms;

  /** Id of the booking whose call to join. Required. */
  @property({ reflect: true }) booking = '';

  /**
   * Who uses this launcher: `client` (default) or `expert`. (Not `role`, which is the ARIA role
   * attribute of every element.)
   */
  @property({ reflect: true }) participant: CallParticipant = 'client';

  /** A guest's booking-scoped join token, from the confirmation e-mail's link. */
  @property({ attribute: 'join-token' }) joinToken = '';

  /** The expert's token, minted by the tenant's backend with the admin key. Required with `participant="expert"`. */
  @property({ attribute: 'expert-token' }) expertToken = '';

  /** Base URL of the tenant's API (https, or http on loopback). Unused when an ancestor provides a client. */
  @property({ reflect: true }) api = '';

  /** Publishable key (`pk_…`). Unused when an ancestor provides a client. */
  @property({ reflect: true }) key = '';

  /** Color scheme: `light`, `dark`, or `auto` to follow the system setting. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** The viewer's IANA time zone for "The call opens at …"; default: the zone the visitor chose in this tab, else the browser's. */
  @property({ attribute: 'time-zone', reflect: true }) timeZone = '';

  /** Language of the element's texts and formats; falls back to context, ancestors and the browser. */
  @property({ reflect: true }) override lang!: string;

  /**
   * Creates the call frame instead of daily-js (which then never loads): for tests, or a host
   * running calls on its own stack. It receives a container inside the element and the options
   * daily-js's `createFrame` would get (`url`, `token`, `startVideoOff`, `videoSource`…).
   */
  @property({ attribute: false }) callFactory: CallFrameFactory | undefined;

  /**
   * This device's clock, epoch milliseconds; `Date.now` by default. Only the offset to the
   * server's clock is taken from it, so a clock minutes off does no harm; tests set it to drive time.
   */
  @property({ attribute: false }) now: () => number = () => Date.now();

  /** A client provided by an ancestor; wins over `api` and `key`. */
  @consume({ context: clientContext, subscribe: true })
  @state()
  private providedClient: ApptClient | undefined;

  /** The client built from `api` and `key`, or why it could not be built. */
  @state() private ownClient: ApptClient | Error | undefined;

  @state() private view: View = { kind: 'idle' };

  /** The core call machine's state while in a call (kept after it ends, for the reason). */
  @state() private callState: CallState | undefined;

  @state() private networkLost = false;

  @state() private mediaProblem: MediaProblem | undefined;

  /** What the live region says: milestones of the countdown, time up, the end. */
  @state() private announcement = '';

  /** Why the expert's End failed, if it did. */
  @state() private endError: unknown;

  private readonly localize = new LocalizeController(this, callTerms);
  private readonly zones = new VisitorZoneController(this, () => this.timeZone);
  private formats: CountdownFormat | undefined;

  /** The box the call frame lives in: one node for the element's life, so renders never move it. */
  private readonly stage = Object.assign(document.createElement('div'), { className: 'stage-frame' });

  private answer: JoinAnswer | undefined;
  private machine: CallMachine | undefined;
  /** Server clock − this device's clock, measured around the last request that carried the server's time. */
  private offsetMs = 0;
  private frame: CallFrame | undefined;
  private detachFrame: (() => void) | undefined;
  /** Leaving and destroying the last frame; awaited before another is created. */
  private teardown: Promise<void> | undefined;
  /** A join is under way: a second click does nothing. */
  private joining = false;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private poller: ReturnType<typeof setInterval> | undefined;
  /** The smallest milestone (minutes) already reached, so each is spoken once. */
  private milestone: number | undefined;
  private abort: AbortController | undefined;

  private readonly onVisibility = (): void => {
    if (document.visibilityState !== 'visible') return;
    this.tick();
    if (this.viewKind === 'in-call') void this.poll();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.viewKind === 'in-call' || this.viewKind === 'too-early') this.startTimers();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stopTimers();
    this.abort?.abort();
    // A launcher taken off the page hangs up: no call goes on without its controls.
    if (this.frame) {
      void this.releaseFrame();
      if (this.viewKind === 'in-call') this.view = { kind: 'idle' };
    }
  }

  /** Whether the focus was inside and a swapped-out control took it away (until it is put back). */
  private focusToRestore = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('key')) this.ownClient = clientFromAttributes(TAG, this.api, this.key);
    if (this.shadowRoot?.activeElement) this.focusToRestore = true;
  }

  /**
   * Join, Leave and "too early" swap the buttons (with "Joining…" between): when the focused one
   * went, the focus moves to the new state's action (Leave, an enabled Join) or its status line as
   * soon as there is one, never to the page's body; focus the visitor moved elsewhere is left alone.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusToRestore) return;
    if (this.shadowRoot?.activeElement) {
      this.focusToRestore = false;
      return;
    }
    const active = document.activeElement;
    if (active !== null && active !== document.body && active !== this) {
      this.focusToRestore = false;
      return;
    }
    const action = this.renderRoot.querySelector<HTMLElement>('[part~="leave-button"], [part~="join-button"]:not([disabled]), [part~="status"]');
    if (!action) return;
    action.focus();
    this.focusToRestore = false;
  }

  /** What is shown now (a getter, so that checks after an `await` are not narrowed away). */
  private get viewKind(): View['kind'] {
    return this.view.kind;
  }

  /** The client to use, or why there is none. */
  private get client(): ApptClient | Error {
    const client = this.providedClient ?? this.ownClient;
    if (client) return client;
    return new ConfigurationError(`<${TAG}>: set "api" and "key", or place it inside an element that provides a client.`);
  }

  /** The first set-up mistake, named for the site owner, or `''`. */
  private configProblem(): string {
    if (!this.booking.trim()) return `<${TAG}>: the "booking" attribute is required (the id of a booking).`;
    if (this.participant !== 'client' && this.participant !== 'expert') {
      return `<${TAG}>: the "participant" attribute must be "client" or "expert" (got "${String(this.participant)}").`;
    }
    if (this.participant === 'expert' && !this.expertToken.trim()) {
      return `<${TAG}>: participant="expert" needs the "expert-token" attribute (minted by your backend).`;
    }
    return zoneAttributeProblem(TAG, this.timeZone);
  }

  private credentials(): CallCredentials {
    if (this.participant === 'expert') return { expertToken: this.expertToken.trim() };
    const joinToken = this.joinToken.trim();
    return joinToken ? { joinToken } : {};
  }

  /** The server's current time, from this device's clock and the measured offset. */
  private serverNowMs(): number {
    return serverNow(Math.round(this.now()), this.offsetMs);
  }

  /**
   * Joins the call: asks the server, measures the clock offset, seeds the call machine with the
   * server's first client join, and opens the call frame. Does nothing while a join is under way.
   * Resolves when the join is done or has failed (the failure is shown, not thrown).
   */
  async join(): Promise<void> {
    if (this.joining) return;
    this.joining = true;
    this.view = { kind: 'joining' };
    this.networkLost = false;
    this.mediaProblem = undefined;
    this.endError = undefined;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      const problem = this.configProblem();
      if (problem) throw new ConfigurationError(problem);
      const client = this.client;
      if (client instanceof Error) throw client;
      const bookingId = this.booking.trim();
      const sentAt = Math.round(this.now());
      const answer = await client.calls.join(
        bookingId,
        { role: this.participant, ...this.credentials() },
        { signal: abort.signal },
      );
      this.offsetMs = clockOffsetMs({ serverTime: answer.serverTime, sentAt, receivedAt: Math.max(sentAt, Math.round(this.now())) });
      // Never two call instances: the last frame is gone before another is created.
      await this.teardown;
      abort.signal.throwIfAborted();
      this.startSession(answer);
      if (this.viewKind !== 'in-call') return;
      if (answer.roomUrl !== null && answer.meetingToken !== null) await this.openFrame(answer);
      if (this.viewKind !== 'in-call') return;
      this.emit(new ApptCallJoinEvent({ bookingId, participant: answer.role, service: answer.service, provider: answer.provider }));
    } catch (error) {
      if (abort.signal.aborted) {
        if (this.viewKind === 'joining') this.view = { kind: 'idle' };
        return;
      }
      await this.releaseFrame();
      this.stopTimers();
      const opensAt = joinOpensAtOf(error);
      if (opensAt) this.showTooEarly(opensAt, error);
      else this.view = { kind: 'error', error };
    } finally {
      this.joining = false;
    }
  }

  /** Creates the machine from the join answer and moves it to the server's now. */
  private startSession(answer: JoinAnswer): void {
    this.answer = answer;
    const machine = (this.machine = createCallMachine({
      role: answer.role,
      endMode: answer.endMode,
      endTiming: answer.endTiming,
      scheduledStart: answer.scheduledStart,
      durationMinutes: answer.durationMinutes,
      overtimeCapMinutes: answer.overtimeCapMinutes,
      clientJoinedAt: answer.clientJoinedAt,
    }));
    // The server stamped this join; the machine keeps the earliest client join (a rejoin never restarts the clock).
    let next = machine.next(machine.initial, { type: 'joined', who: answer.role, at: answer.serverTime });
    next = machine.next(next, { type: 'tick', now: this.serverNowMs() });
    this.callState = next;
    this.milestone = this.milestoneOf(next);
    this.announcement = '';
    if (next.phase === 'ended') {
      this.view = { kind: 'ended', reason: next.endedReason ?? 'deadline' };
      return;
    }
    this.view = { kind: 'in-call' };
    this.startTimers();
  }

  /** Loads the call software and joins the room inside the stage. */
  private async openFrame(answer: JoinAnswer): Promise<void> {
    let factory: CallFrameFactory;
    try {
      factory =
        this.callFactory ??
        (answer.provider === 'test' ? (await import('./test-call.js')).createTestCallFrame : await loadDaily());
    } catch (cause) {
      throw new CallStartError('The call software could not be loaded.', { cause });
    }
    if (this.viewKind !== 'in-call') return;
    await this.updateComplete;
    const audioOnly = answer.service !== 'video';
    const options: CallFrameOptions = {
      url: answer.roomUrl ?? '',
      token: answer.meetingToken ?? '',
      // An audio (or phone) package never asks for the camera.
      startVideoOff: audioOnly,
      videoSource: !audioOnly,
      audioSource: true,
      showLeaveButton: false,
      showFullscreenButton: !audioOnly,
      iframeStyle: { width: '100%', height: '100%', border: '0' },
    };
    const frame = factory(this.stage, options);
    this.frame = frame;
    this.detachFrame = this.listen(frame);
    try {
      await frame.join();
    } catch (cause) {
      if (this.frame !== frame) return; // ended meanwhile
      throw this.mediaProblem ? cause : new CallStartError('The call could not be joined.', { cause });
    }
  }

  /** Wires the frame's events; returns the function that unwires them. */
  private listen(frame: CallFrame): () => void {
    const onNetwork = (event: CallFrameEvent<'network-connection'>) => {
      if (event.event === 'interrupted') this.networkLost = true;
      else if (event.event === 'connected') this.networkLost = false;
    };
    const onCamera = (event: CallFrameEvent<'camera-error'>) => {
      this.mediaProblem = PERMISSION_ERRORS.has(event.error?.type) ? 'permission' : 'device';
    };
    const onError = (event: CallFrameEvent<'error'>) => {
      if (EJECTIONS.has(event.error?.type ?? '')) void this.ejected();
      else if (this.frame === frame) void this.fail(new CallStartError(event.errorMsg));
    };
    const onLeft = () => {
      // A leave the element did not ask for: the participant hung up in the frame.
      if (this.frame === frame) void this.hangUp();
    };
    frame.on('network-connection', onNetwork);
    frame.on('camera-error', onCamera);
    frame.on('error', onError);
    frame.on('left-meeting', onLeft);
    return () => {
      frame.off('network-connection', onNetwork);
      frame.off('camera-error', onCamera);
      frame.off('error', onError);
      frame.off('left-meeting', onLeft);
    };
  }

  /** Leaves and destroys the frame (once); resolves when it is gone. */
  private releaseFrame(): Promise<void> {
    const frame = this.frame;
    if (!frame) return this.teardown ?? Promise.resolve();
    this.frame = undefined;
    this.detachFrame?.();
    this.detachFrame = undefined;
    this.networkLost = false;
    const teardown: Promise<void> = (async () => {
      await frame.leave().catch(() => undefined);
      await frame.destroy().catch(() => undefined);
    })().finally(() => {
      if (this.teardown === teardown) this.teardown = undefined;
    });
    this.teardown = teardown;
    return teardown;
  }

  /** Feeds the machine one event; when it ends the session, ends the call. */
  private advance(event: CallEvent): void {
    const machine = this.machine;
    const current = this.callState;
    if (!machine || !current || this.viewKind !== 'in-call') return;
    const next = machine.next(current, event);
    if (next === current) return;
    this.callState = next;
    if (next.phase === 'ended') void this.finish(next.endedReason ?? 'deadline');
    else if (next.phase === 'time_up' && current.phase !== 'time_up') {
      this.announcement = next.role === 'expert' ? this.t().callTimeUpExpert : this.t().callTimeUpClient;
    }
  }

  /** Ends the call for this participant: stops the clock, leaves and destroys the frame, tells the page. */
  private async finish(reason: CallEndReason): Promise<void> {
    if (this.viewKind === 'ended') return;
    this.stopTimers();
    this.view = { kind: 'ended', reason };
    this.announcement = `${this.t().callEndedTitle} ${this.t().callEnded[reason]}`;
    await this.releaseFrame();
    this.emit(new ApptCallEndEvent({ bookingId: this.booking.trim(), reason }));
  }

  /** This participant hangs up; the session goes on, and they may join again. */
  private hangUp(): void {
    this.advance({ type: 'hung_up', at: this.serverNowMs() });
  }

  /** The provider put this participant out: the session's end, or an ejection. */
  private async ejected(): Promise<void> {
    if (this.viewKind !== 'in-call') return;
    this.tick();
    if (this.viewKind !== 'in-call') return; // the clock says the session is over
    await this.poll();
    if (this.viewKind !== 'in-call') return; // the server says why it ended
    this.stopTimers();
    this.view = { kind: 'ejected' };
    await this.releaseFrame();
    this.emit(new ApptCallEndEvent({ bookingId: this.booking.trim(), reason: 'ejected' }));
  }

  private async fail(error: unknown): Promise<void> {
    this.stopTimers();
    this.view = { kind: 'error', error };
    await this.releaseFrame();
  }

  private showTooEarly(opensAt: string, error: unknown): void {
    const problem = (error as { problem?: Record<string, unknown> }).problem;
    // The 425 answer may carry the server's clock too; without it the last measured offset stands.
    if (problem && isIsoInstant(problem.serverTime)) {
      const at = Math.round(this.now());
      this.offsetMs = clockOffsetMs({ serverTime: problem.serverTime, sentAt: at, receivedAt: at });
    }
    this.view = { kind: 'too-early', opensAtMs: Date.parse(opensAt) };
    this.startTimers();
  }

  /** Brings the phase and the countdown up to the server's now; a late tick jumps straight to the right phase. */
  private tick(): void {
    if (this.view.kind === 'too-early') {
      if (this.view.opensAtMs <= this.serverNowMs()) this.stopTimers();
      this.requestUpdate();
      return;
    }
    if (this.viewKind !== 'in-call') return;
    this.advance({ type: 'tick', now: this.serverNowMs() });
    const state = this.callState;
    if (this.viewKind === 'in-call' && state) {
      const milestone = this.milestoneOf(state);
      if (milestone !== undefined && milestone !== this.milestone && state.phase === 'running') {
        this.announcement = this.t().callMinutesLeft(milestone);
      }
      this.milestone = milestone;
    }
    this.requestUpdate();
  }

  /** The smallest milestone the running countdown has reached, if any. */
  private milestoneOf(state: CallState): number | undefined {
    if (state.phase !== 'running') return undefined;
    const left = remainingMs(state, this.serverNowMs());
    if (left === null) return undefined;
    let reached: number | undefined;
    for (const minutes of MILESTONES) if (left <= minutes * 60_000) reached = minutes;
    return reached;
  }

  /** Asks the server for its stamped events and feeds them to the machine. Failures wait for the next poll. */
  private async poll(): Promise<void> {
    const client = this.client;
    const bookingId = this.booking.trim();
    if (client instanceof Error || this.viewKind !== 'in-call') return;
    let answer: CallStateAnswer;
    const sentAt = Math.round(this.now());
    try {
      answer = await client.calls.state(bookingId, this.credentials(), { signal: this.abort?.signal });
    } catch {
      return;
    }
    this.offsetMs = clockOffsetMs({ serverTime: answer.serverTime, sentAt, receivedAt: Math.max(sentAt, Math.round(this.now())) });
    if (answer.clientJoinedAt && this.callState?.clientJoinedAt !== answer.clientJoinedAt) {
      this.advance({ type: 'joined', who: 'client', at: answer.clientJoinedAt });
    }
    if (answer.endedAt !== null && answer.endedBy === 'expert') this.advance({ type: 'expert_ended', at: answer.endedAt });
    this.advance({ type: 'tick', now: answer.serverTime });
    // The server's word is final, even where the clocks disagree by a moment.
    if (answer.endedBy !== null && this.viewKind === 'in-call') void this.finish(answer.endedBy);
    this.tick();
  }

  /** The expert ends the session for both. */
  private async endSession(): Promise<void> {
    const client = this.client;
    if (client instanceof Error || this.viewKind !== 'in-call') return;
    this.endError = undefined;
    try {
      const answer = await client.calls.end(this.booking.trim(), { expertToken: this.expertToken.trim() });
      this.advance({ type: 'expert_ended', at: answer.endedAt });
    } catch (error) {
      this.endError = error;
    }
  }

  private startTimers(): void {
    this.stopTimers();
    this.ticker = setInterval(() => this.tick(), TICK_MS);
    if (this.viewKind === 'in-call') this.poller = setInterval(() => void this.poll(), POLL_MS);
  }

  private stopTimers(): void {
    clearInterval(this.ticker);
    clearInterval(this.poller);
    this.ticker = undefined;
    this.poller = undefined;
  }

  /** The texts of the current language (English while another one loads). */
  private t(): CallTexts {
    return this.localize.resolve().translation ?? this.localize.fallback;
  }

  override render() {
    const { locale, translation: t, dir } = this.localize.resolve();
    const zone = this.zones.zone;
    if (this.formats?.locale !== locale || this.formats.timeZone !== zone) this.formats = new CountdownFormat(locale, zone);
    const kind = this.view.kind;
    // A set-up mistake shows at once, not on the first press of Join.
    const shown = kind === 'idle' && this.configProblem() ? 'error' : kind;
    const audioOnly = this.answer?.service !== 'video';
    const roomless = !this.answer || this.answer.roomUrl === null;
    // While the language's texts load, nothing but the frame shows: no flash of English.
    return html`<section part="base" class="base" dir=${dir} lang=${locale} aria-label=${t?.callLabel ?? ''} data-view=${shown}>
      ${t ? this.renderView(t) : nothing}
      <div part="stage" class=${`stage ${audioOnly ? 'stage--audio' : 'stage--video'}`} ?hidden=${kind !== 'in-call' || roomless}>
        ${this.stage}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private renderView(t: CallTexts): TemplateResult {
    const view = this.view;
    switch (view.kind) {
      case 'idle': {
        const problem = this.configProblem();
        if (problem) return this.renderError(t, new ConfigurationError(problem), false);
        return html`<div class="bar">${this.renderJoinButton(t, t.callJoin)}</div>`;
      }
      case 'too-early':
        return this.renderTooEarly(t, view.opensAtMs);
      case 'joining':
        return html`<div class="bar" aria-busy="true">
          <button part="join-button" class="button" type="button" disabled>${t.callJoining}</button>
        </div>`;
      case 'in-call':
        return this.renderInCall(t);
      case 'ended':
        return html`<div part="ended" class="ended">
          <h2 class="title">${t.callEndedTitle}</h2>
          <p class="text">${t.callEnded[view.reason]}</p>
          ${view.reason === 'left' ? this.renderJoinButton(t, t.callRejoin) : nothing}
        </div>`;
      case 'ejected':
        return html`<div part="ended" class="ended">
          <h2 class="title">${t.callEjected}</h2>
          ${this.renderJoinButton(t, t.callRejoin)}
        </div>`;
      case 'error':
        return this.renderError(t, view.error, true);
    }
  }

  private renderJoinButton(t: CallTexts, label: string, disabled = false): TemplateResult {
    return html`<button part="join-button" class="button" type="button" ?disabled=${disabled} @click=${() => void this.join()}>
      ${label}
    </button>`;
  }

  private renderTooEarly(t: CallTexts, opensAtMs: number): TemplateResult {
    const f = this.formats!;
    const now = this.serverNowMs();
    const left = opensAtMs - now;
    return html`<div class="bar">
      <div part="status" class="status" tabindex="-1">
        <p class="text">${t.callOpensAt(f.opensAt(opensAtMs, this.now()))}</p>
        ${left > 0 && !CountdownFormat.beyondADay(left)
          ? html`<p part="countdown" class="countdown" role="timer">${t.callOpensIn(f.countdown(left))}</p>`
          : nothing}
      </div>
      ${this.renderJoinButton(t, t.callJoin, left > 0)}
    </div>`;
  }

  private renderInCall(t: CallTexts): TemplateResult {
    const state = this.callState;
    const answer = this.answer;
    if (!state || !answer) return html``;
    const f = this.formats!;
    const left = remainingMs(state, this.serverNowMs());
    const timeUp = state.phase === 'time_up';
    const countdown =
      left === null ? nothing : html`<p part="countdown" class="countdown" role="timer">
        ${timeUp ? t.callStopsIn(f.countdown(left)) : t.callTimeLeft(f.countdown(left))}
      </p>`;
    return html`${this.networkLost
        ? html`<p part="banner" class="banner" role="alert">${t.callNetworkLost}</p>`
        : nothing}
      ${this.mediaProblem
        ? html`<p part="banner" class="banner" role="alert">
            ${this.mediaProblem === 'permission' ? t.callPermissionDenied(answer.service === 'video') : t.callDeviceProblem}
          </p>`
        : nothing}
      <div class="bar">
        <div part="status" class="status" tabindex="-1">
          ${state.phase === 'waiting' ? html`<p class="text">${t.callWaitingForClient}</p>` : countdown}
          ${timeUp
            ? html`<p part="notice" class="notice">${state.role === 'expert' ? t.callTimeUpExpert : t.callTimeUpClient}</p>`
            : nothing}
          ${answer.phone && answer.roomUrl === null ? html`<p part="phone" class="text">${t.callPhone[answer.phone.status]}</p>` : nothing}
          ${answer.provider === 'test' ? html`<p part="test-mode" class="text muted">${t.callTestMode}</p>` : nothing}
        </div>
        <div class="actions">
          ${timeUp && state.role === 'expert'
            ? html`<button part="end-button" class="button" type="button" @click=${() => void this.endSession()}>${t.callEnd}</button>`
            : nothing}
          <button part="leave-button" class="button button--secondary" type="button" @click=${() => this.hangUp()}>${t.callLeave}</button>
        </div>
      </div>
      ${this.endError ? this.renderEndError(t) : nothing}`;
  }

  private renderEndError(t: CallTexts): TemplateResult {
    const { message, detail } = describeCallError(this.endError, t);
    return html`<p part="banner" class="banner" role="alert">${message}${detail ? html` <span class="detail">${detail}</span>` : nothing}</p>`;
  }

  private renderError(t: CallTexts, error: unknown, retryable: boolean): TemplateResult {
    const { message, detail, retry } = describeCallError(error, t);
    const media = this.mediaProblem;
    return html`<div part="error" class="error" role="alert">
      <h2 class="title error-title">${t.callErrorTitle}</h2>
      <p part="error-message" class="error-text">
        ${media === 'permission' ? t.callPermissionDenied(this.answer?.service === 'video') : media === 'device' ? t.callDeviceProblem : message}
      </p>
      ${detail ? html`<p part="error-detail" class="error-detail">${detail}</p>` : nothing}
      ${retryable && retry
        ? html`<button part="retry-button" class="button button--secondary" type="button" @click=${() => void this.join()}>${t.retry}</button>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'appt-call': ApptCall;
  }
}
