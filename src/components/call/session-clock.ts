import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CallStateAnswer, JoinAnswer } from '../../client/index.js';
import {
  createCallMachine,
  remainingMs,
  type CallEndReason,
  type CallEvent,
  type CallMachine,
  type CallRole,
  type CallState,
} from '../../core/session/index.js';
import type { ServerClock } from './server-clock.js';

/** How often the countdown and the session's phase are brought up to date. */
export const TICK_MS = 1000;
/** How often the server is asked for its stamped events (the expert ended, the first join…) while in a call. */
export const POLL_MS = 15_000;
/** Minutes left at which the countdown is spoken (never every second). */
export const MILESTONES = [10, 5, 1] as const;

/** What the session clock needs from the element running the call. */
export interface SessionClockOptions {
  /** The server's clock, shared with the rest of the launcher. */
  clock: ServerClock;
  /** Asks the server for its stamped events of this call; a failure waits for the next poll. */
  fetchState: () => Promise<CallStateAnswer>;
  /** The session ended, by the clock or by the server's word: `reason` says why. Called once. */
  onEnded: (reason: CallEndReason) => void;
  /** The deadline passed in a by-expert session: the expert may end it, the client waits. */
  onTimeUp: (role: CallRole) => void;
  /** The running countdown reached a milestone: so many minutes left. */
  onMilestone: (minutes: number) => void;
}

/**
 * The session-ending rules on the call, on the server's clock: the core call machine fed with
 * a tick every second, the server's stamped events every 15 s (and whenever the tab is visible
 * again), and the participant's own actions. A tab asleep past the deadline lands straight in
 * the right phase when it wakes. The host re-renders on every tick.
 */
export class SessionClockController implements ReactiveController {
  private machine: CallMachine | undefined;
  private current: CallState | undefined;
  /** The session runs: it ticks and polls (while the host is connected). */
  private running = false;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private poller: ReturnType<typeof setInterval> | undefined;
  /** The smallest milestone (minutes) already reached, so each is spoken once. */
  private milestone: number | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SessionClockOptions,
  ) {
    host.addController(this);
  }

  /** The machine's state of the last session (kept after it ends, for the reason). */
  get state(): CallState | undefined {
    return this.current;
  }

  /** Whether a session is running on this clock. */
  get isRunning(): boolean {
    return this.running;
  }

  /** The countdown now: to the deadline, or to the hard stop once time is up; `null` while there is none. */
  remaining(): number | null {
    return this.current ? remainingMs(this.current, this.options.clock.now()) : null;
  }

  /**
   * Starts the session of a join answer: the machine keeps the server's first client join (a
   * rejoin never restarts the clock) and moves to the server's now. Returns the state: a session
   * already over does not run.
   */
  start(answer: JoinAnswer): CallState {
    this.stop();
    const machine = (this.machine = createCallMachine({
      role: answer.role,
      endMode: answer.endMode,
      endTiming: answer.endTiming,
      scheduledStart: answer.scheduledStart,
      durationMinutes: answer.durationMinutes,
      overtimeCapMinutes: answer.overtimeCapMinutes,
      clientJoinedAt: answer.clientJoinedAt,
    }));
    let next = machine.next(machine.initial, { type: 'joined', who: answer.role, at: answer.serverTime });
    next = machine.next(next, { type: 'tick', now: this.options.clock.now() });
    this.current = next;
    this.milestone = this.milestoneOf(next);
    if (next.phase !== 'ended') {
      this.running = true;
      this.startTimers();
    }
    return next;
  }

  /** Stops the session's clock without ending it (the element left the call, or failed). */
  stop(): void {
    this.running = false;
    this.stopTimers();
  }

  /** This participant hangs up: the session goes on (and they may join again) unless the rules end it. */
  hangUp(): void {
    this.advance({ type: 'hung_up', at: this.options.clock.now() });
  }

  /** The expert ended the session at `at` (the server's stamp). */
  expertEnded(at: string): void {
    this.advance({ type: 'expert_ended', at });
  }

  /** Brings the phase and the countdown up to the server's now; a late tick jumps straight to the right phase. */
  tick(): void {
    if (!this.running) return;
    this.advance({ type: 'tick', now: this.options.clock.now() });
    const state = this.current;
    if (this.running && state) {
      const milestone = this.milestoneOf(state);
      if (milestone !== undefined && milestone !== this.milestone && state.phase === 'running') this.options.onMilestone(milestone);
      this.milestone = milestone;
    }
    this.host.requestUpdate();
  }

  /** Asks the server for its stamped events and feeds them to the machine; the server's word is final. */
  async poll(): Promise<void> {
    if (!this.running) return;
    let answer: CallStateAnswer;
    const sentAt = this.options.clock.device();
    try {
      answer = await this.options.fetchState();
    } catch {
      return;
    }
    if (!this.running) return;
    this.options.clock.measure(answer.serverTime, sentAt);
    if (answer.clientJoinedAt && this.current?.clientJoinedAt !== answer.clientJoinedAt) {
      this.advance({ type: 'joined', who: 'client', at: answer.clientJoinedAt });
    }
    if (answer.endedAt !== null && answer.endedBy === 'expert') this.advance({ type: 'expert_ended', at: answer.endedAt });
    this.advance({ type: 'tick', now: answer.serverTime });
    if (answer.endedBy !== null && this.running) this.end(answer.endedBy);
    this.tick();
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.running) this.startTimers();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stopTimers();
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState !== 'visible') return;
    this.tick();
    void this.poll();
  };

  /** Feeds the machine one event; when it ends the session, tells the host. */
  private advance(event: CallEvent): void {
    const machine = this.machine;
    const current = this.current;
    if (!machine || !current || !this.running) return;
    const next = machine.next(current, event);
    if (next === current) return;
    this.current = next;
    if (next.phase === 'ended') this.end(next.endedReason ?? 'deadline');
    else if (next.phase === 'time_up' && current.phase !== 'time_up') this.options.onTimeUp(next.role);
  }

  private end(reason: CallEndReason): void {
    this.stop();
    this.options.onEnded(reason);
  }

  /** The smallest milestone the running countdown has reached, if any. */
  private milestoneOf(state: CallState): number | undefined {
    if (state.phase !== 'running') return undefined;
    const left = remainingMs(state, this.options.clock.now());
    if (left === null) return undefined;
    let reached: number | undefined;
    for (const minutes of MILESTONES) if (left <= minutes * 60_000) reached = minutes;
    return reached;
  }

  private startTimers(): void {
    this.stopTimers();
    if (!this.connected) return;
    this.ticker = setInterval(() => this.tick(), TICK_MS);
    this.poller = setInterval(() => void this.poll(), POLL_MS);
  }

  private stopTimers(): void {
    clearInterval(this.ticker);
    clearInterval(this.poller);
    this.ticker = undefined;
    this.poller = undefined;
  }
}
