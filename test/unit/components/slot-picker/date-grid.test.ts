import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DateGridController } from '../../../../src/components/slot-picker/date-grid.js';

class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {}
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

/** A key pressed on the day cell of `date`. */
function key(name: string, date: string, shiftKey = false): KeyboardEvent & { prevented: boolean } {
  const event = {
    key: name,
    shiftKey,
    prevented: false,
    target: { closest: () => ({ dataset: { date } }) },
    preventDefault() {
      event.prevented = true;
    },
  };
  return event as unknown as KeyboardEvent & { prevented: boolean };
}

/** October 2026 with times on the 24th and 26th; nothing before the 20th may be chosen. */
const DAYS = new Map([
  ['2026-10-24', [{}]],
  ['2026-10-26', [{}]],
]);
let month: string;
let focused: string[];
let grid: DateGridController;

beforeEach(() => {
  month = '2026-10';
  focused = [];
  const root = { querySelector: () => ({ focus: () => focused.push(grid.tabStop(DAYS)) }) } as unknown as ParentNode;
  grid = new DateGridController(new Host(), { month: () => month, showMonth: (to) => (month = to), min: () => '2026-10-20', root: () => root });
});

describe('DateGridController', () => {
  it('puts the tab stop on the first day with times, and moves it with the arrows (mirrored right to left)', () => {
    assert.equal(grid.tabStop(DAYS), '2026-10-24');
    grid.onKey(key('ArrowRight', '2026-10-24'), DAYS, false, 'en-US');
    assert.equal(grid.tabStop(DAYS), '2026-10-25');
    grid.onKey(key('ArrowRight', '2026-10-25'), DAYS, true, 'en-US');
    assert.equal(grid.tabStop(DAYS), '2026-10-24');
    grid.hostUpdated();
    assert.deepEqual(focused, ['2026-10-24'], 'DOM focus follows the key after the render');
  });

  it('goes to the next month past its end, and by a year with Shift+Page Down', () => {
    grid.onKey(key('ArrowDown', '2026-10-26'), DAYS, false, 'en-US');
    assert.equal(month, '2026-11');
    assert.equal(grid.tabStop(DAYS), '2026-11-02');
    grid.onKey(key('PageDown', '2026-11-02', true), DAYS, false, 'en-US');
    assert.equal(month, '2027-11');
  });

  it('never moves before the first day that may be chosen', () => {
    grid.onKey(key('ArrowUp', '2026-10-24'), DAYS, false, 'en-US');
    assert.equal(grid.tabStop(DAYS), '2026-10-20');
  });

  it('Home and End go to the week’s first and last day of the locale', () => {
    grid.onKey(key('Home', '2026-10-21'), DAYS, false, 'en-US');
    assert.equal(grid.tabStop(DAYS), '2026-10-20', 'Sunday the 18th is before the first selectable day');
    grid.onKey(key('End', '2026-10-21'), DAYS, false, 'de-DE');
    assert.equal(grid.tabStop(DAYS), '2026-10-25', 'a German week ends on Sunday');
  });

  it('Enter lists the times of a day that has some, and only of such a day', () => {
    const enter = key('Enter', '2026-10-25');
    grid.onKey(enter, DAYS, false, 'en-US');
    assert.equal(enter.prevented, true);
    assert.equal(grid.selectedDate, undefined);
    grid.onKey(key(' ', '2026-10-26'), DAYS, false, 'en-US');
    assert.equal(grid.selectedDate, '2026-10-26');
  });

  it('lets a listed day go when another month is shown', () => {
    grid.chooseDay('2026-10-24', DAYS);
    grid.showMonth('2026-11');
    assert.equal(grid.selectedDate, undefined);
    grid.jumpTo('2026-10-26');
    assert.equal(month, '2026-10');
    assert.equal(grid.selectedDate, '2026-10-26');
  });
});
