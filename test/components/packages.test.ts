import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ContextProvider } from '@lit/context';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/components/packages/define.js';
import { ApptPackageSelectEvent } from '../../src/events/package-select.js';
import { clientContext } from '../../src/context/client.js';
import { localeContext } from '../../src/context/locale.js';
import { createClient, type ApptClient } from '../../src/client/index.js';
import type { AppointmentPackage } from '../../src/core/package.js';
import { PackagesHarness } from './harness/packages-harness.js';
import { gate, makePackage } from './harness/fixtures.js';
import { alignedSide, breaksLineAtNewline } from './harness/line-breaks.js';

const API = 'https://api.apptkit.test';
const PACKAGES = '*/experts/:expertId/packages';

/** Packages the mocked server holds per expert; tests fill it. */
let catalog: Record<string, AppointmentPackage[]> = {};

const worker = setupWorker(
  http.get(PACKAGES, ({ params }) => {
    const data = catalog[String(params.expertId)];
    if (!data) return problem(404, 'not_found');
    return HttpResponse.json({ data }, { headers: { 'Request-Id': 'req_ok' } });
  }),
);

function problem(status: number, code: string, requestId = `req_${code}`) {
  return HttpResponse.json(
    { type: `https://apptkit.dev/problems/${code}`, title: code, status, detail: code, code, requestId },
    { status, headers: { 'Content-Type': 'application/problem+json', 'Request-Id': requestId } },
  );
}

async function mount(attributes = 'expert="exp_1"', width = 360) {
  const wrapper = await fixture<HTMLDivElement>(
    `<div style="inline-size:${width}px"><appt-packages ${attributes.includes('api=') ? '' : `api="${API}" key="pk_test_demo"`} ${attributes}></appt-packages></div>`,
  );
  const el = wrapper.querySelector('appt-packages')!;
  return { el, wrapper, ui: new PackagesHarness(el) };
}

const nbsp = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

describe('<appt-packages>', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());
  beforeEach(() => {
    catalog = {
      exp_1: [
        makePackage({ title: 'Intro call', listingOrder: 0, sessions: 1, credits: null, durationMinutes: 30, breakMinutes: 0 }),
        makePackage({ title: 'Coaching bundle', listingOrder: 1, sessions: 3 }),
      ],
    };
  });
  afterEach(() => {
    worker.resetHandlers();
    document.documentElement.removeAttribute('lang');
  });

  it('renders the packages of the expert', async () => {
    const { el, ui } = await mount();
    await ui.waitFor('loaded');
    expect(el.shadowRoot!.querySelector('ul[part~="list"]')).to.exist;
    expect(ui.titles()).to.deep.equal(['Intro call', 'Coaching bundle']);
  });

  describe('is accessible', () => {
    it('when loaded', async () => {
      const { el, ui } = await mount();
      await ui.waitFor('loaded');
      await expect(el).to.be.accessible();
    });

    it('while loading, and says it is busy', async () => {
      const hold = gate();
      worker.use(http.get(PACKAGES, async () => (await hold.promise, HttpResponse.json({ data: [] }))));
      const { el, ui } = await mount();
      expect(ui.state()).to.equal('loading');
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
      expect(ui.text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Loading packages…');
      await expect(el).to.be.accessible();
      hold.open();
      await ui.waitFor('empty');
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
    });

    it('when empty', async () => {
      catalog.exp_1 = [];
      const { el, ui } = await mount();
      await ui.waitFor('empty');
      expect(ui.text(ui.part('empty'))).to.equal('No packages are available yet.');
      await expect(el).to.be.accessible();
    });

    it('when empty, with the host page message in the empty slot', async () => {
      catalog.exp_1 = [];
      const { el, ui } = await mount();
      el.innerHTML = '<p slot="empty">Sara is fully booked. <a href="#contact">Write to her</a>.</p>';
      await ui.waitFor('empty');
      const slot = ui.part('empty')!.querySelector('slot')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Sara is fully booked. Write to her.']);
      await expect(el).to.be.accessible();
    });

    it('when failed', async () => {
      worker.use(http.get(PACKAGES, () => problem(404, 'not_found')));
      const { el, ui } = await mount();
      await ui.waitFor('error');
      await expect(el).to.be.accessible();
    });
  });

  it('shows every field of a package, as text', async () => {
    catalog.exp_1 = [
      makePackage({
        title: 'Deep dive',
        description: '<img src=x onerror="window.__xss = 1"> Bring your questions.',
        appointmentType: 'online',
        service: 'phone',
        durationMinutes: 90,
        sessions: 4,
        breakMinutes: 15,
        fee: 25000,
        credits: 8,
      }),
      makePackage({ title: 'Office visit', appointmentType: 'face_to_face', service: null, credits: null }),
      makePackage({ title: 'Intro', fee: 0, credits: null }),
    ];
    const { ui } = await mount();
    await ui.waitFor('loaded');
    expect(ui.cardPart('Deep dive', 'description')).to.equal('<img src=x onerror="window.__xss = 1"> Bring your questions.');
    expect(ui.card('Deep dive').querySelector('img')).to.equal(null);
    expect(ui.detail('Deep dive', 'Type')).to.equal('Online · Phone call');
    expect(nbsp(ui.detail('Deep dive', 'Duration'))).to.equal('1 hour, 30 minutes');
    expect(ui.detail('Deep dive', 'Sessions')).to.equal('4 sessions');
    expect(ui.detail('Deep dive', 'Break')).to.equal('15 minutes');
    expect(ui.cardPart('Deep dive', 'price')).to.equal('$250.00');
    expect(ui.cardPart('Deep dive', 'credits')).to.equal('or 8 credits');

    expect(ui.detail('Office visit', 'Type')).to.equal('Face to face');
    expect(ui.cardPart('Office visit', 'price')).to.equal('$120.00');
    expect(ui.cardPart('Office visit', 'credits')).to.equal(null);
    expect(ui.cardPart('Intro', 'price')).to.equal('Free');
    expect(ui.chooseButton('Office visit').textContent?.replace(/\s+/g, ' ').trim()).to.equal('Choose: Office visit');
  });

  it('shows a face-to-face package’s address under its type, line breaks kept, isolated and aligned with the card on an Arabic page', async () => {
    const address = 'Suite 1204\n1350 Avenue of the Americas, New York, NY 10019';
    catalog.exp_1 = [
      makePackage({ title: 'Office visit', appointmentType: 'face_to_face', service: null, location: address }),
      makePackage({ title: 'Home visit', appointmentType: 'face_to_face', service: null, location: null }),
      makePackage({ title: 'Video call' }),
    ];
    const { el, ui } = await mount('expert="exp_1"', 640);
    await ui.waitFor('loaded');
    const place = ui.part('location', ui.card('Office visit'))!;
    expect([place.textContent, breaksLineAtNewline(place)]).to.deep.equal([address, true]);
    // Under the type's value, in its column; the next detail keeps its label beside its value.
    const meta = ui.part('meta', ui.card('Office visit'))!;
    const [typeLabel, type, , durationLabel] = [...meta.children].map((child) => child.getBoundingClientRect());
    const box = place.getBoundingClientRect();
    expect([box.left, box.top >= type!.bottom]).to.deep.equal([type!.left, true]);
    expect([durationLabel!.left, durationLabel!.top >= box.bottom]).to.deep.equal([typeLabel!.left, true]);
    expect(nbsp(ui.detail('Office visit', 'Duration'))).to.equal('50 minutes');
    expect(ui.cardPart('Home visit', 'location')).to.equal(null);
    expect(ui.detail('Home visit', 'Type')).to.equal('Face to face');
    expect(ui.cardPart('Video call', 'location')).to.equal(null);
    await expect(el).to.be.accessible();

    el.setAttribute('lang', 'ar');
    await waitFor(() => ui.state() === 'loaded' && ui.base().getAttribute('dir') === 'rtl');
    const arabic = ui.part('location', ui.card('Office visit'))!;
    // Isolated left to right, aligned to the right like the other values of the Arabic card.
    expect(getComputedStyle(arabic.querySelector('bdi')!).direction).to.equal('ltr');
    expect([arabic.textContent, breaksLineAtNewline(arabic), alignedSide(arabic)]).to.deep.equal([address, true, 'right']);
  });

  it('formats each fee in its own currency (USD, JPY, KWD)', async () => {
    catalog.exp_1 = [
      makePackage({ title: 'Dollars', fee: 1999, currency: 'USD' }),
      makePackage({ title: 'Yen', fee: 1500, currency: 'JPY', country: 'JP' }),
      makePackage({ title: 'Dinars', fee: 12345, currency: 'KWD', country: 'KW' }),
    ];
    const { ui } = await mount();
    await ui.waitFor('loaded');
    expect(ui.cardPart('Dollars', 'price')).to.equal('$19.99');
    expect(ui.cardPart('Yen', 'price')).to.equal('¥1,500');
    expect(nbsp(ui.cardPart('Dinars', 'price')!)).to.equal('KWD 12.345');
  });

  it('lists the packages in the order the client returns (ascending listingOrder)', async () => {
    catalog.exp_1 = [
      makePackage({ title: 'Third', listingOrder: 5 }),
      makePackage({ title: 'First', listingOrder: 0 }),
      makePackage({ title: 'Second', listingOrder: 1 }),
    ];
    const { ui } = await mount();
    await ui.waitFor('loaded');
    expect(ui.titles()).to.deep.equal(['First', 'Second', 'Third']);
  });

  it('emits appt-package-select with the package on click', async () => {
    const { el, ui } = await mount();
    await ui.waitFor('loaded');
    setTimeout(() => ui.chooseByClick('Coaching bundle'));
    const event = (await oneEvent(el.parentElement!, 'appt-package-select')) as Event as ApptPackageSelectEvent;
    expect(event).to.be.instanceOf(ApptPackageSelectEvent);
    expect(event.package).to.deep.equal(catalog.exp_1![1]);
    expect(event.composed).to.equal(true);
  });

  for (const key of ['Enter', 'Space'] as const) {
    it(`emits appt-package-select on ${key}`, async () => {
      const { el, ui } = await mount();
      await ui.waitFor('loaded');
      const heard = oneEvent(el, 'appt-package-select') as Promise<Event> as Promise<ApptPackageSelectEvent>;
      await ui.chooseByKey('Intro call', key);
      expect((await heard).package.title).to.equal('Intro call');
    });
  }

  for (const width of [360, 900]) {
    it(`does not shift the layout when the skeleton turns into the same number of cards (${width}px)`, async () => {
      catalog.exp_1 = [
        makePackage({ title: 'Intro call', credits: null }),
        makePackage({ title: 'Coaching bundle' }),
        makePackage({ title: 'Face to face', appointmentType: 'face_to_face', service: null, description: '' }),
      ];
      const hold = gate();
      worker.use(http.get(PACKAGES, async ({ params }) => (await hold.promise, HttpResponse.json({ data: catalog[String(params.expertId)] }))));
      const { el, ui } = await mount('expert="exp_1"', width);
      expect(ui.skeletonCount()).to.equal(3);
      const loading = el.getBoundingClientRect();
      hold.open();
      await ui.waitFor('loaded');
      const loaded = el.getBoundingClientRect();
      expect(Math.abs(loaded.height - loading.height)).to.be.below(1);
      expect(loaded.width).to.equal(loading.width);
    });
  }

  describe('errors', () => {
    const causes = [
      ['the network fails', () => HttpResponse.error(), 'The server could not be reached.'],
      ['the origin is not allowed', () => problem(403, 'origin_not_allowed'), 'This website is not allowed to show these packages'],
      ['the key is unknown', () => problem(401, 'invalid_key'), 'This website is not allowed to show these packages'],
      ['the expert does not exist', () => problem(404, 'not_found'), 'This expert could not be found.'],
      ['the server fails', () => problem(500, 'internal'), 'Something went wrong on our side.'],
    ] as const;

    for (const [why, respond, message] of causes) {
      it(`says why when ${why}, and retry recovers`, async () => {
        let failing = true;
        worker.use(http.get(PACKAGES, () => (failing ? respond() : undefined)));
        const { ui } = await mount();
        await ui.waitFor('error');
        expect(ui.errorMessage()).to.contain(message);
        failing = false;
        ui.retry();
        await ui.waitFor('loaded');
        expect(ui.titles()).to.deep.equal(['Intro call', 'Coaching bundle']);
      });
    }

    it('shows the request id of a server error for support', async () => {
      worker.use(http.get(PACKAGES, () => problem(500, 'internal', 'req_abc123')));
      const { ui } = await mount();
      await ui.waitFor('error');
      expect(ui.text(ui.part('error-detail'))).to.equal('Reference: req_abc123');
    });

    const setupMistakes = [
      ['', '"expert" attribute is required'],
      ['expert="exp_1" api="http://api.example.com" key="pk_test_demo"', 'baseUrl must use https'],
      ['expert="exp_1" api="https://api.example.com"', '"key" attribute is required'],
      ['expert="exp_1" currency="EURO"', '"currency" attribute'],
    ] as const;
    for (const [attributes, detail] of setupMistakes) {
      it(`names what is wrong when set up wrongly (${attributes || 'no attributes'})`, async () => {
        const { ui } = await mount(attributes);
        await ui.waitFor('error');
        expect(ui.errorMessage()).to.equal('This booking widget is not set up correctly.');
        expect(ui.text(ui.part('error-detail'))).to.contain(detail);
      });
    }

    it('accepts lowercase country and currency and filters by them', async () => {
      let query = '';
      worker.use(
        http.get(PACKAGES, ({ request }) => {
          query = new URL(request.url).search;
          return HttpResponse.json({ data: [makePackage({ title: 'Berlin', country: 'DE', currency: 'EUR' })] });
        }),
      );
      const { ui } = await mount('expert="exp_1" country="de" currency="eur"');
      await ui.waitFor('loaded');
      expect(new URLSearchParams(query).get('country')).to.equal('DE');
      expect(new URLSearchParams(query).get('currency')).to.equal('EUR');
      expect(ui.titles()).to.deep.equal(['Berlin']);
    });
  });

  it('aborts the stale request when an attribute changes, and shows only the new answer', async () => {
    catalog.exp_2 = [makePackage({ title: 'Second expert' })];
    const hold = gate();
    const signals: AbortSignal[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      signals.push(init?.signal ?? (input instanceof Request ? input.signal : new AbortController().signal));
      return fetch(input, init);
    };
    worker.use(
      http.get(PACKAGES, async ({ params }) => {
        if (params.expertId === 'exp_1') await hold.promise;
        return HttpResponse.json({ data: catalog[String(params.expertId)] });
      }),
    );
    const client = createClient({ baseUrl: API, publishableKey: 'pk_test_demo', fetch: recordingFetch });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    new ContextProvider(host, { context: clientContext, initialValue: client });
    host.innerHTML = '<appt-packages expert="exp_1"></appt-packages>';
    const el = host.querySelector('appt-packages')!;
    const ui = new PackagesHarness(el);
    await waitFor(() => signals.length === 1);

    el.expert = 'exp_2';
    await ui.waitFor('loaded');
    expect(signals[0]!.aborted).to.equal(true);
    expect(ui.titles()).to.deep.equal(['Second expert']);
    hold.open();
    await new Promise((resolve) => setTimeout(resolve));
    expect(ui.titles()).to.deep.equal(['Second expert']);
  });

  describe('client from context', () => {
    it('wins over api and key', async () => {
      let wrongCalls = 0;
      worker.use(http.get('https://wrong.test/*', () => (wrongCalls++, problem(401, 'invalid_key'))));
      const client = createClient({ baseUrl: API, publishableKey: 'pk_test_demo' });
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(host, { context: clientContext, initialValue: client });
      host.innerHTML = '<appt-packages expert="exp_1" api="https://wrong.test" key="pk_wrong"></appt-packages>';
      const ui = new PackagesHarness(host.querySelector('appt-packages')!);
      await ui.waitFor('loaded');
      expect(ui.titles()).to.deep.equal(['Intro call', 'Coaching bundle']);
      expect(wrongCalls).to.equal(0);
    });

    it('reaches an element whose provider element is upgraded later, and then wins over api and key', async () => {
      worker.use(http.get('https://wrong.test/*', () => problem(401, 'invalid_key')));
      const host = await fixture<HTMLElement>(
        `<late-client-provider><appt-packages expert="exp_1" api="https://wrong.test" key="pk_wrong"></appt-packages></late-client-provider>`,
      );
      const ui = new PackagesHarness(host.querySelector('appt-packages')!);
      await ui.waitFor('error');
      expect(ui.errorMessage()).to.contain('not allowed');
      defineClientProvider('late-client-provider', createClient({ baseUrl: API, publishableKey: 'pk_test_demo' }));
      await ui.waitFor('loaded');
      expect(ui.titles()).to.deep.equal(['Intro call', 'Coaching bundle']);
    });

    it('waits, showing the skeleton, for a provider that is upgraded later', async () => {
      const host = await fixture<HTMLElement>(
        `<later-client-provider><appt-packages expert="exp_1"></appt-packages></later-client-provider>`,
      );
      const ui = new PackagesHarness(host.querySelector('appt-packages')!);
      expect(ui.state()).to.equal('loading');
      expect(ui.skeletonCount()).to.equal(3);
      defineClientProvider('later-client-provider', createClient({ baseUrl: API, publishableKey: 'pk_test_demo' }));
      await ui.waitFor('loaded');
      expect(ui.titles()).to.deep.equal(['Intro call', 'Coaching bundle']);
    });
  });

  describe('localization', () => {
    it('speaks German, with German plurals and durations', async () => {
      catalog.exp_1 = [
        makePackage({ title: 'Eins', sessions: 1, credits: 1, durationMinutes: 60 }),
        makePackage({ title: 'Drei', sessions: 3, credits: 5, durationMinutes: 50, fee: 12000, currency: 'EUR', country: 'DE' }),
      ];
      const { ui } = await mount('expert="exp_1" lang="de"');
      await ui.waitFor('loaded');
      expect(ui.detail('Eins', 'Sitzungen')).to.equal('1 Sitzung');
      expect(ui.detail('Drei', 'Sitzungen')).to.equal('3 Sitzungen');
      expect(ui.detail('Drei', 'Dauer')).to.equal('50 Minuten');
      expect(ui.detail('Eins', 'Dauer')).to.equal('1 Stunde');
      expect(ui.cardPart('Eins', 'credits')).to.equal('oder 1 Credit');
      expect(nbsp(ui.cardPart('Drei', 'price')!)).to.equal('120,00 €');
      expect(ui.text(ui.chooseButton('Drei'))).to.equal('Auswählen: Drei');
      expect(ui.base().getAttribute('dir')).to.equal('ltr');
    });

    it('speaks Turkish', async () => {
      const { ui } = await mount('expert="exp_1" lang="tr"');
      await ui.waitFor('loaded');
      expect(ui.detail('Coaching bundle', 'Seanslar')).to.equal('3 seans');
      expect(ui.detail('Coaching bundle', 'Süre')).to.equal('50 dakika');
      expect(ui.detail('Intro call', 'Ara')).to.equal('Yok');
      expect(ui.text(ui.chooseButton('Intro call'))).to.equal('Seç: Intro call');
    });

    it('speaks Arabic right to left, with its plural forms', async () => {
      const n = (value: number) => new Intl.NumberFormat('ar').format(value);
      catalog.exp_1 = [
        makePackage({ title: 'واحد', sessions: 1 }),
        makePackage({ title: 'اثنان', sessions: 2 }),
        makePackage({ title: 'ثلاثة', sessions: 3 }),
        makePackage({ title: 'أحد عشر', sessions: 11 }),
      ];
      const { ui } = await mount('expert="exp_1" lang="ar"');
      await ui.waitFor('loaded');
      expect(ui.base().getAttribute('dir')).to.equal('rtl');
      expect(ui.base().getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(ui.base()).direction).to.equal('rtl');
      expect(ui.detail('واحد', 'الجلسات')).to.equal('جلسة واحدة');
      expect(ui.detail('اثنان', 'الجلسات')).to.equal('جلستان');
      expect(ui.detail('ثلاثة', 'الجلسات')).to.equal(`${n(3)} جلسات`);
      expect(ui.detail('أحد عشر', 'الجلسات')).to.equal(`${n(11)} جلسة`);
    });

    it('falls back from a region to its language, and from an unknown language to English', async () => {
      const { el, ui } = await mount('expert="exp_1" lang="de-AT"');
      await ui.waitFor('loaded');
      expect(ui.detail('Coaching bundle', 'Sitzungen')).to.equal('3 Sitzungen');
      el.lang = 'fr';
      await el.updateComplete;
      expect(ui.detail('Coaching bundle', 'Sessions')).to.equal('3 sessions');
    });

    it('re-renders when lang changes on the element, an ancestor or <html>', async () => {
      const { el, wrapper, ui } = await mount();
      await ui.waitFor('loaded');
      expect(ui.text(ui.chooseButton('Intro call'))).to.equal('Choose: Intro call');

      document.documentElement.lang = 'tr';
      await waitFor(() => ui.text(ui.chooseButton('Intro call')) === 'Seç: Intro call');
      wrapper.lang = 'de';
      await waitFor(() => ui.text(ui.chooseButton('Intro call')) === 'Auswählen: Intro call');
      el.lang = 'ar';
      await waitFor(() => ui.state() === 'loaded' && ui.text(ui.chooseButton('Intro call')) === 'اختيار: Intro call');
      expect(ui.base().dir).to.equal('rtl');
    });

    it('takes the language from the locale context when it has no lang of its own', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const provider = new ContextProvider(host, { context: localeContext, initialValue: 'de' });
      host.innerHTML = `<appt-packages expert="exp_1" api="${API}" key="pk_test_demo"></appt-packages>`;
      const el = host.querySelector('appt-packages')!;
      const ui = new PackagesHarness(el);
      await ui.waitFor('loaded');
      expect(ui.text(ui.chooseButton('Intro call'))).to.equal('Auswählen: Intro call');
      provider.setValue('tr');
      await waitFor(() => ui.state() === 'loaded' && ui.text(ui.chooseButton('Intro call')) === 'Seç: Intro call');
    });
  });

  it('gives the titles the heading level the host page needs (heading-level, default 3)', async () => {
    for (const [attribute, level] of [['', '3'], ['heading-level="2"', '2'], ['heading-level="9"', '3']] as const) {
      const { el, ui } = await mount(`expert="exp_1" ${attribute}`);
      await ui.waitFor('loaded');
      const title = ui.part('title')!;
      expect([title.getAttribute('role'), title.getAttribute('aria-level')]).to.deep.equal(['heading', level]);
      if (level === '2') await expect(el).to.be.accessible();
    }
  });

  it("keeps the host page's inherited text styles out", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div style="text-transform:uppercase;letter-spacing:7px;word-spacing:9px;font-style:italic;text-align:right;text-indent:40px;white-space:pre"><appt-packages api="${API}" key="pk_test_demo" expert="exp_1"></appt-packages></div>`,
    );
    const ui = new PackagesHarness(wrapper.querySelector('appt-packages')!);
    await ui.waitFor('loaded');
    const title = getComputedStyle(ui.part('title')!);
    expect([title.textTransform, title.letterSpacing, title.wordSpacing, title.fontStyle, title.textIndent, title.whiteSpace]).to.deep.equal([
      'none',
      'normal',
      '0px',
      'normal',
      '0px',
      'normal',
    ]);
    expect(['start', 'left']).to.include(title.textAlign);
  });

  it('follows the theme attribute', async () => {
    const { el, ui } = await mount('expert="exp_1" theme="dark"');
    await ui.waitFor('loaded');
    const dark = getComputedStyle(ui.base()).color;
    el.theme = 'light';
    await el.updateComplete;
    const light = getComputedStyle(ui.base()).color;
    expect(dark).not.to.equal(light);
    expect(getComputedStyle(ui.base()).colorScheme).to.equal('light');
  });
});

/** Defines `tag` as a Lit element that provides `client` to its light-DOM children. */
function defineClientProvider(tag: string, client: ApptClient): void {
  customElements.define(
    tag,
    class extends LitElement {
      readonly provider = new ContextProvider(this, { context: clientContext, initialValue: client });
      override render() {
        return litHtml`<slot></slot>`;
      }
    },
  );
}

async function waitFor(predicate: () => boolean): Promise<void> {
  const { waitUntil } = await import('@open-wc/testing');
  await waitUntil(predicate, 'condition never became true');
}
