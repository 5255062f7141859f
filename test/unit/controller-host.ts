import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A Lit host stand-in for testing a reactive controller in Node: it counts the renders asked for. */
export class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  /** Tells the controllers the host was connected, as Lit does. */
  connect(): void {
    this.controllers.forEach((controller) => controller.hostConnected?.());
  }
  /** Tells the controllers the host was disconnected, as Lit does. */
  disconnect(): void {
    this.controllers.forEach((controller) => controller.hostDisconnected?.());
  }
}
