import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { ApptElement } from '../../src/components/base/appt-element.js';

class PingEvent extends Event {
  constructor(readonly count: number) {
    super('appt-test-ping', { bubbles: true, composed: true, cancelable: true });
  }
}

class ApptTestElement extends ApptElement {
  ping(count: number): boolean {
    return this.emit(new PingEvent(count));
  }
  override render() {
    return litHtml`<p part="base">ready</p>`;
  }
}

describe('ApptElement', () => {
  it('renders through its subclass after define()', async () => {
    ApptTestElement.define('appt-test-element');
    const el = await fixture<ApptTestElement>(html`<appt-test-element></appt-test-element>`);
    expect(el.shadowRoot?.querySelector('[part="base"]')?.textContent).to.equal('ready');
  });

  it('define() skips a tag that is already registered instead of throwing', () => {
    class Other extends ApptElement {}
    expect(() => Other.define('appt-test-element')).not.to.throw();
    expect(customElements.get('appt-test-element')).to.equal(ApptTestElement);
  });

  it('emit() dispatches a composed event a host page can hear and cancel', async () => {
    ApptTestElement.define('appt-test-element');
    const el = await fixture<ApptTestElement>(html`<appt-test-element></appt-test-element>`);
    const heard = oneEvent(document, 'appt-test-ping');
    el.ping(3);
    const event = (await heard) as unknown as PingEvent;
    expect(event.count).to.equal(3);

    document.addEventListener('appt-test-ping', (e) => e.preventDefault(), { once: true });
    expect(el.ping(4)).to.equal(false);
  });
});
