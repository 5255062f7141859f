import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  chooseVisitorZone,
  resetVisitorZone,
  shownZone,
  visitorZone,
  VisitorZoneController,
  zoneAttributeProblem,
} from '../../../src/components/customer/visitor-zone.js';
import { Host } from '../controller-host.js';

/** A tab's sessionStorage in memory, or one that refuses every call (a sandboxed frame, a privacy mode). */
function fakeStorage({ refuse = false } = {}): Storage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  const guard = () => {
    if (refuse) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    entries,
    get length() {
      guard();
      return entries.size;
    },
    key: (index: number) => (guard(), [...entries.keys()][index] ?? null),
    getItem: (key: string) => (guard(), entries.get(key) ?? null),
    setItem: (key: string, value: string) => (guard(), void entries.set(key, String(value))),
    removeItem: (key: string) => (guard(), void entries.delete(key)),
    clear: () => (guard(), entries.clear()),
  };
}

function installStorage(storage: Storage | (() => never)): void {
  Object.defineProperty(globalThis, 'sessionStorage', {
    configurable: true,
    get: typeof storage === 'function' ? storage : () => storage,
  });
}

const BROWSER = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('visitor zone', () => {
  let storage: ReturnType<typeof fakeStorage>;
  beforeEach(() => {
    storage = fakeStorage();
    installStorage(storage);
    resetVisitorZone();
  });
  afterEach(() => {
    resetVisitorZone();
    delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
  });

  it('is the zone the visitor chose, kept in the tab’s sessionStorage across a reload, gone in a new tab', () => {
    assert.equal(visitorZone(), undefined);
    chooseVisitorZone('America/New_York');
    assert.equal(visitorZone(), 'America/New_York');
    assert.equal(storage.entries.get('apptkit.visitorZone'), 'America/New_York');
    resetVisitorZone({ keepTab: true });
    assert.equal(visitorZone(), 'America/New_York', 'a reload keeps the choice');
    resetVisitorZone();
    assert.equal(visitorZone(), undefined, 'a new tab starts without one');
    assert.equal(storage.entries.size, 0);
  });

  it('ignores a stored value that is no time zone', () => {
    storage.entries.set('apptkit.visitorZone', 'Mars/Olympus_Mons');
    assert.equal(visitorZone(), undefined);
    assert.equal(shownZone(), BROWSER);
    storage.entries.set('apptkit.visitorZone', '');
    assert.equal(visitorZone(), undefined);
  });

  it('refuses to keep a zone that is not one, naming it', () => {
    assert.throws(() => chooseVisitorZone('Europe/Atlantis'), (error: unknown) => {
      assert.ok(error instanceof RangeError);
      assert.match(error.message, /zone must be an IANA time zone such as "Europe\/Berlin" \(got "Europe\/Atlantis"\)/);
      return true;
    });
    assert.equal(visitorZone(), undefined);
  });

  it('keeps the choice in memory for the page where storage refuses every call', () => {
    installStorage(fakeStorage({ refuse: true }));
    chooseVisitorZone('Asia/Tokyo');
    assert.equal(visitorZone(), 'Asia/Tokyo');
    assert.equal(shownZone(), 'Asia/Tokyo');
    resetVisitorZone({ keepTab: true });
    assert.equal(visitorZone(), undefined, 'nothing survives the page without storage');
  });

  it('keeps the choice in memory where reading sessionStorage itself throws', () => {
    installStorage(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    chooseVisitorZone('Australia/Sydney');
    assert.equal(visitorZone(), 'Australia/Sydney');
  });

  it('does not let an older stored choice win over a newer one that storage refused to keep', () => {
    chooseVisitorZone('America/New_York');
    const setItem = storage.setItem;
    storage.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    chooseVisitorZone('Asia/Kolkata');
    storage.setItem = setItem;
    assert.equal(visitorZone(), 'Asia/Kolkata');
  });

  it('shows an element’s own time-zone first, then the visitor’s choice, then the browser’s', () => {
    assert.equal(shownZone(''), BROWSER);
    assert.equal(shownZone('Europe/Berlin'), 'Europe/Berlin');
    chooseVisitorZone('America/New_York');
    assert.equal(shownZone(''), 'America/New_York');
    assert.equal(shownZone(' Europe/Berlin '), 'Europe/Berlin', 'the host’s explicit choice wins');
    assert.equal(shownZone('Mars/Olympus'), 'America/New_York', 'a wrong attribute is reported by the element, not shown');
  });

  it('names the element and the attribute for a time-zone that is no zone', () => {
    assert.equal(zoneAttributeProblem('appt-call', ''), '');
    assert.equal(zoneAttributeProblem('appt-call', 'Europe/Berlin'), '');
    // An offset is no IANA zone (some engines format with one; the server refuses it).
    assert.match(zoneAttributeProblem('appt-call', '+01:00'), /got "\+01:00"/);
    assert.equal(
      zoneAttributeProblem('appt-call', 'CET+1'),
      '<appt-call>: the "time-zone" attribute must be an IANA time zone such as "Europe/Berlin" (got "CET+1").',
    );
  });

  it('re-renders a connected element when the visitor chooses a zone, and tells its listener', () => {
    const host = new Host();
    let heard = 0;
    const controller = new VisitorZoneController(host, () => '', () => heard++);
    host.connect();
    assert.equal(controller.zone, BROWSER);
    chooseVisitorZone('Pacific/Auckland');
    assert.equal(host.updates, 1);
    assert.equal(heard, 1);
    assert.equal(controller.zone, 'Pacific/Auckland');
    host.disconnect();
    chooseVisitorZone('Europe/Lisbon');
    assert.equal(host.updates, 1, 'a disconnected element is left alone');
  });
});
