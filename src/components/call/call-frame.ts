import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JoinAnswer } from '../../client/index.js';
import { loadDaily, type CallFrame, type CallFrameEvent, type CallFrameFactory, type CallFrameOptions } from './daily.js';
import { CallStartError } from './errors.js';

/** Daily errors that mean the provider put this participant out of the call. */
const EJECTIONS = new Set(['ejected', 'exp-token', 'exp-room']);
/** Daily camera errors caused by a blocked permission (the rest are missing or busy devices). */
const PERMISSION_ERRORS = new Set(['permissions']);

/** Why the camera or microphone did not work: a blocked permission, or a missing or busy device. */
export type MediaProblem = 'permission' | 'device';

/** What the call frame needs from the element running the call. */
export interface CallFrameControllerOptions {
  /** The host's own frame factory, if any (tests, or a host's own stack); else daily-js or the test provider's. */
  factory: () => CallFrameFactory | undefined;
  /** The provider put this participant out (an ejection, an expired token or room). */
  onEjected: () => void;
  /** The call failed inside the frame. */
  onFailed: (error: CallStartError) => void;
  /** The participant hung up in the frame itself. */
  onHungUp: () => void;
  /** The element left the page while a frame was open: the frame is gone (no call goes on without its controls). */
  onClosed: () => void;
}

/**
 * The call frame's life: daily-js loaded only when joining (lazily, its own chunk), one frame at a
 * time inside one stage node that renders never move, its events turned into the launcher's
 * states (connection lost, camera or microphone blocked, ejected, hung up), and a teardown that
 * is awaited before another frame is created, so there are never two call instances.
 */
export class CallFrameController implements ReactiveController {
  /** The box the call frame lives in: one node for the element's life, so renders never move it. */
  readonly stage: HTMLDivElement = Object.assign(document.createElement('div'), { className: 'stage-frame' });
  private frame: CallFrame | undefined;
  private detach: (() => void) | undefined;
  /** Leaving and destroying the last frame; awaited before another is created. */
  private teardown: Promise<void> | undefined;
  private lost = false;
  private media: MediaProblem | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CallFrameControllerOptions,
  ) {
    host.addController(this);
  }

  /** The connection dropped (Daily is reconnecting). */
  get networkLost(): boolean {
    return this.lost;
  }

  /** Why the camera or microphone did not work, if they did not. */
  get mediaProblem(): MediaProblem | undefined {
    return this.media;
  }

  /** Forgets the last call's problems (a new join begins). */
  resetProblems(): void {
    this.lost = false;
    this.media = undefined;
  }

  /** Resolves when the last frame is gone. */
  settled(): Promise<void> {
    return this.teardown ?? Promise.resolve();
  }

  /**
   * Loads the call software and joins the answer's room inside the stage; does nothing more once
   * `wanted()` says the call is no longer shown. Throws a {@link CallStartError} (or the media
   * problem's cause) when the call could not start.
   */
  async open(answer: JoinAnswer, wanted: () => boolean): Promise<void> {
    let factory: CallFrameFactory;
    try {
      factory =
        this.options.factory() ??
        (answer.provider === 'test' ? (await import('./test-call.js')).createTestCallFrame : await loadDaily());
    } catch (cause) {
      throw new CallStartError('The call software could not be loaded.', { cause });
    }
    if (!wanted()) return;
    await this.host.updateComplete;
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
    this.detach = this.listen(frame);
    try {
      await frame.join();
    } catch (cause) {
      if (this.frame !== frame) return; // ended meanwhile
      throw this.media ? cause : new CallStartError('The call could not be joined.', { cause });
    }
  }

  /** Leaves and destroys the frame (once); resolves when it is gone. */
  release(): Promise<void> {
    const frame = this.frame;
    if (!frame) return this.settled();
    this.frame = undefined;
    this.detach?.();
    this.detach = undefined;
    this.lost = false;
    const teardown: Promise<void> = (async () => {
      await frame.leave().catch(() => undefined);
      await frame.destroy().catch(() => undefined);
    })().finally(() => {
      if (this.teardown === teardown) this.teardown = undefined;
    });
    this.teardown = teardown;
    return teardown;
  }

  hostDisconnected(): void {
    if (!this.frame) return;
    void this.release();
    this.options.onClosed();
  }

  /** Wires the frame's events; returns the function that unwires them. */
  private listen(frame: CallFrame): () => void {
    const onNetwork = (event: CallFrameEvent<'network-connection'>) => {
      if (event.event === 'interrupted') this.lost = true;
      else if (event.event === 'connected') this.lost = false;
      this.host.requestUpdate();
    };
    const onCamera = (event: CallFrameEvent<'camera-error'>) => {
      this.media = PERMISSION_ERRORS.has(event.error?.type) ? 'permission' : 'device';
      this.host.requestUpdate();
    };
    const onError = (event: CallFrameEvent<'error'>) => {
      if (EJECTIONS.has(event.error?.type ?? '')) this.options.onEjected();
      else if (this.frame === frame) this.options.onFailed(new CallStartError(event.errorMsg));
    };
    const onLeft = () => {
      // A leave the element did not ask for: the participant hung up in the frame.
      if (this.frame === frame) this.options.onHungUp();
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
}
