import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { calendarFile, icsDateTime } from '../../../src/core/ics.js';

/** Unfolds the content lines (RFC 5545 §3.1) and maps each VEVENT's properties. */
function parse(ics: string): Array<Record<string, string>> {
  assert.ok(ics.endsWith('\r\n'), 'ends with CRLF');
  assert.ok(!/[^\r]\n/.test(ics), 'every line break is CRLF');
  const lines = ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
  const events: Array<Record<string, string>> = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = undefined;
    }
    else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return events;
}

describe('calendarFile', () => {
  it('writes each session in UTC, across a daylight-saving change', () => {
    // New York, 2027-03-14: 10:00 EST the day before and 10:00 EDT the day of the change.
    const ics = calendarFile(
      [
        { uid: 'bkg_1@api.example.com', start: '2027-03-13T10:00:00-05:00', end: '2027-03-13T10:50:00-05:00', title: 'Coaching' },
        { uid: 'bkg_2@api.example.com', start: '2027-03-14T14:00:00Z', end: '2027-03-14T14:50:00Z', title: 'Coaching' },
      ],
      new Date('2027-03-01T08:00:00Z'),
    );
    const [first, second] = parse(ics);
    assert.equal(first!.DTSTART, '20270313T150000Z');
    assert.equal(first!.DTEND, '20270313T155000Z');
    assert.equal(second!.DTSTART, '20270314T140000Z');
    assert.equal(second!.UID, 'bkg_2@api.example.com');
    assert.equal(second!.DTSTAMP, '20270301T080000Z');
    assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
  });

  it('escapes text and folds long lines without splitting a character', () => {
    const title = 'Karriere, Coaching; Teil 1 — ' + 'ü'.repeat(60);
    const ics = calendarFile([{ uid: 'bkg_3@x', start: '2027-01-01T09:00:00Z', end: '2027-01-01T10:00:00Z', title, description: 'Line one\nLine two' }]);
    for (const line of ics.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, `line too long: ${line}`);
    const [event] = parse(ics);
    assert.equal(event!.SUMMARY, 'Karriere\\, Coaching\\; Teil 1 — ' + 'ü'.repeat(60));
    assert.equal(event!.DESCRIPTION, 'Line one\\nLine two');
  });

  it('writes the description, location and link of a call, escaping text but never the URI', () => {
    const link = 'https://example.com/call?booking=bkg_1&lang=de#join=jnt_1';
    const ics = calendarFile([
      {
        uid: 'bkg_1@apptkit',
        start: '2027-01-01T09:00:00Z',
        end: '2027-01-01T10:00:00Z',
        title: 'Coaching',
        description: 'Plan, act; review\\done\r\nWith Ada Lovelace\nCall link: ' + link,
        location: link,
        url: link,
      },
      { uid: 'bkg_2@apptkit', start: '2027-01-02T09:00:00Z', end: '2027-01-02T10:00:00Z', title: 'Coaching', location: 'Berlin, Hauptstraße 1; 2nd floor' },
    ]);
    const [call, visit] = parse(ics);
    assert.equal(call!.DESCRIPTION, 'Plan\\, act\\; review\\\\done\\nWith Ada Lovelace\\nCall link: ' + link);
    assert.equal(call!.LOCATION, link);
    assert.equal(call!.URL, link);
    assert.equal(visit!.LOCATION, 'Berlin\\, Hauptstraße 1\\; 2nd floor');
    assert.equal(visit!.URL, undefined);
    assert.equal(visit!.DESCRIPTION, undefined);
    for (const line of ics.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, `line too long: ${line}`);
    assert.ok(ics.includes('\r\n '), 'the long description is folded');
  });

  it('refuses a url that is not an absolute URL, or that would break the line, naming the event', () => {
    const event = { uid: 'bkg_9@apptkit', start: '2027-01-01T09:00:00Z', end: '2027-01-01T10:00:00Z', title: 't' };
    assert.throws(() => calendarFile([{ ...event, url: '/call?booking=bkg_9' }]), /Event bkg_9@apptkit: url must be an absolute URL/);
    assert.throws(() => calendarFile([{ ...event, url: 'https://example.com/a\r\nATTENDEE:x' }]), /url must be an absolute URL without spaces or line breaks/);
  });

  it('refuses an event that ends before it starts, and a non-instant', () => {
    assert.throws(() => calendarFile([{ uid: 'u', start: '2027-01-01T10:00:00Z', end: '2027-01-01T09:00:00Z', title: 't' }]), /Event u ends/);
    assert.throws(() => icsDateTime('tomorrow'), /Not an instant: tomorrow/);
  });
});
