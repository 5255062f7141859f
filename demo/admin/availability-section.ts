/**
 * The dashboard's availability section, in plain DOM on the admin SDK: weekly hours as editable
 * rows, date overrides and blocked periods as lists with add and remove, one save for all of it
 * with the version read (a conflict offers reload or overwrite), and the server's field errors
 * (`weekly[0].end`, `overrides[1].date`, `blocks[0].start`) shown next to what they name.
 */
import {
  fieldErrorsOf,
  isApiError,
  isValidationError,
  isVersionConflict,
  type AdminClient,
  type Availability,
  type BlockInput,
  type DateOverride,
  type FieldError,
  type Weekday,
  type WeeklyRule,
} from '../../src/admin/index.js';
import { formatInstant, LOCAL_ZONE } from './format.js';
import { byId as $, h } from './dom.js';

/** The section's entry point for the dashboard. */
export interface AvailabilitySection {
  /** Loads and shows the availability of `expertId` (unsaved edits of another expert are dropped). */
  show(admin: AdminClient, expertId: string): void;
}

const WEEKDAYS: readonly [Weekday, string][] = [
  [1, 'Monday'],
  [2, 'Tuesday'],
  [3, 'Wednesday'],
  [4, 'Thursday'],
  [5, 'Friday'],
  [6, 'Saturday'],
  [7, 'Sunday'],
];

/** A local date `YYYY-MM-DD` with its weekday, e.g. "Fri, May 1, 2031". */
function formatDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat('en', { timeZone: 'UTC', weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }).format(parsed);
}

const describeIntervals = (override: DateOverride): string =>
  override.intervals.length === 0 ? 'day off' : override.intervals.map(({ start, end }) => `${start}–${end}`).join(', ');

/** Which list a field error belongs to and at which index: `weekly[2].end` → weekly, 2, `end`. */
function placeOf(field: string): { list: 'weekly' | 'overrides' | 'blocks'; index: number; rest: string } | undefined {
  const match = /^(weekly|overrides|blocks)\[(\d+)\]\.?(.*)$/.exec(field);
  if (!match) return undefined;
  return { list: match[1] as 'weekly' | 'overrides' | 'blocks', index: Number(match[2]), rest: match[3] ?? '' };
}

/** Creates the section over the page's `#availability-*` elements. */
export function createAvailabilitySection(): AvailabilitySection {
  const ui = {
    panel: $<HTMLElement>('availability-panel'),
    title: $<HTMLHeadingElement>('availability-title'),
    summary: $<HTMLParagraphElement>('availability-summary'),
    form: $<HTMLFormElement>('availability-form'),
    errors: $<HTMLUListElement>('availability-errors'),
    weeklyRows: $<HTMLOListElement>('weekly-rows'),
    addWeekly: $<HTMLButtonElement>('add-weekly'),
    overrideList: $<HTMLUListElement>('override-list'),
    overrideDate: $<HTMLInputElement>('override-date'),
    overrideStart: $<HTMLInputElement>('override-start'),
    overrideEnd: $<HTMLInputElement>('override-end'),
    addOverride: $<HTMLButtonElement>('add-override'),
    overrideAddError: $<HTMLParagraphElement>('override-add-error'),
    blockHelp: $<HTMLParagraphElement>('block-help'),
    blockList: $<HTMLUListElement>('block-list'),
    blockStart: $<HTMLInputElement>('block-start'),
    blockEnd: $<HTMLInputElement>('block-end'),
    blockReason: $<HTMLInputElement>('block-reason'),
    addBlock: $<HTMLButtonElement>('add-block'),
    blockAddError: $<HTMLParagraphElement>('block-add-error'),
    save: $<HTMLButtonElement>('save-availability'),
    discard: $<HTMLButtonElement>('discard-availability'),
    status: $<HTMLParagraphElement>('availability-status'),
    alert: $<HTMLDivElement>('availability-alert'),
  };

  let admin: AdminClient | undefined;
  let expertId = '';
  /** The availability as last read or saved. */
  let loaded: Availability | undefined;
  /** The edited overrides and blocks (weekly rules live in their rows). */
  let overrides: DateOverride[] = [];
  let blocks: BlockInput[] = [];
  let nextRowId = 0;

  const say = (text: string) => {
    ui.status.textContent = text;
  };

  function showAlert(text: string, actions: { label: string; run: () => void }[] = []): void {
    ui.alert.replaceChildren(h('span', {}, text));
    for (const action of actions) {
      const button = h('button', { type: 'button', class: 'secondary' }, action.label);
      button.addEventListener('click', action.run);
      ui.alert.append(button);
    }
    ui.alert.hidden = false;
  }

  function clearAlert(): void {
    ui.alert.hidden = true;
    ui.alert.replaceChildren();
  }

  // ---- weekly rows ---------------------------------------------------------------------------

  function weeklyRow(rule: WeeklyRule | undefined): HTMLLIElement {
    const id = `weekly-${nextRowId++}`;
    const errorId = `${id}-error`;
    const describedBy = `weekly-help ${errorId}`;
    const weekday = h('select', { id: `${id}-weekday`, 'data-part': 'weekday', 'aria-describedby': errorId });
    for (const [value, name] of WEEKDAYS) weekday.append(h('option', { value: String(value) }, name));
    weekday.value = String(rule?.weekday ?? 1);
    const time = (part: 'start' | 'end', value: string) => {
      const input = h('input', { id: `${id}-${part}`, 'data-part': part, inputmode: 'numeric', placeholder: 'HH:MM', maxlength: '5', size: '6', 'aria-describedby': describedBy });
      input.value = value;
      return input;
    };
    const remove = h('button', { type: 'button', class: 'danger' }, 'Remove');
    const row = h(
      'li',
      { class: 'rule' },
      h('label', { for: weekday.id }, 'Day'),
      weekday,
      h('label', { for: `${id}-start` }, 'from'),
      time('start', rule?.start ?? '09:00'),
      h('label', { for: `${id}-end` }, 'to'),
      time('end', rule?.end ?? '17:00'),
      remove,
      h('p', { class: 'error', id: errorId }),
    );
    remove.addEventListener('click', () => {
      const next = row.nextElementSibling ?? row.previousElementSibling;
      row.remove();
      labelRemoveButtons();
      (next?.querySelector<HTMLButtonElement>('button.danger') ?? ui.addWeekly).focus();
      if (ui.weeklyRows.children.length === 0) say('No weekly hours: the expert is only available on override dates.');
    });
    return row;
  }

  /** Gives each row's remove button a name that says which row it removes. */
  function labelRemoveButtons(): void {
    Array.from(ui.weeklyRows.children).forEach((row, index) => {
      row.querySelector('button.danger')?.setAttribute('aria-label', `Remove weekly hours row ${index + 1}`);
    });
  }

  function readWeekly(): WeeklyRule[] {
    return Array.from(ui.weeklyRows.children, (row) => {
      const value = (part: string) => row.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-part="${part}"]`)?.value.trim() ?? '';
      return { weekday: Number(value('weekday')) as Weekday, start: value('start'), end: value('end') };
    });
  }

  ui.addWeekly.addEventListener('click', () => {
    const row = weeklyRow(undefined);
    ui.weeklyRows.append(row);
    labelRemoveButtons();
    row.querySelector('select')?.focus();
  });

  // ---- overrides and blocks --------------------------------------------------------------------

  function item(text: string, detail: string | undefined, removeLabel: string, onRemove: () => void): HTMLLIElement {
    const remove = h('button', { type: 'button', class: 'danger', 'aria-label': removeLabel }, 'Remove');
    remove.addEventListener('click', onRemove);
    const body = h('div', {}, h('span', {}, text));
    if (detail) body.append(h('div', { class: 'help' }, detail));
    return h('li', { class: 'item' }, body, remove, h('p', { class: 'error' }));
  }

  function renderOverrides(): void {
    if (overrides.length === 0) {
      ui.overrideList.replaceChildren(h('li', { class: 'empty' }, 'No overrides.'));
      return;
    }
    ui.overrideList.replaceChildren(
      ...overrides.map((override, index) =>
        item(`${formatDate(override.date)}: ${describeIntervals(override)}`, undefined, `Remove the override of ${override.date}`, () => {
          overrides = overrides.filter((_, i) => i !== index);
          renderOverrides();
          ui.overrideDate.focus();
          say(`Removed the override of ${override.date} (not saved yet).`);
        }),
      ),
    );
  }

  function renderBlocks(): void {
    if (blocks.length === 0) {
      ui.blockList.replaceChildren(h('li', { class: 'empty' }, 'No blocked periods.'));
      return;
    }
    const expertZone = loaded?.timeZone ?? LOCAL_ZONE;
    ui.blockList.replaceChildren(
      ...blocks.map((block, index) => {
        const text = `${formatInstant(block.start, LOCAL_ZONE)} – ${formatInstant(block.end, LOCAL_ZONE)}${block.reason ? ` · ${block.reason}` : ''}`;
        const detail = expertZone === LOCAL_ZONE ? undefined : `Expert's time: ${formatInstant(block.start, expertZone)} – ${formatInstant(block.end, expertZone)}`;
        return item(text, detail, `Remove the blocked period from ${formatInstant(block.start, LOCAL_ZONE)}`, () => {
          blocks = blocks.filter((_, i) => i !== index);
          renderBlocks();
          ui.blockStart.focus();
          say('Removed a blocked period (not saved yet).');
        });
      }),
    );
  }

  /** Adds an override from the add row: a day off, or one interval (appended to a date already listed). */
  function addOverride(): void {
    const date = ui.overrideDate.value;
    const start = ui.overrideStart.value.trim();
    const end = ui.overrideEnd.value.trim();
    ui.overrideAddError.textContent = '';
    if (date === '') return complain(ui.overrideAddError, ui.overrideDate, 'Choose a date.');
    if ((start === '') !== (end === '')) {
      return complain(ui.overrideAddError, start === '' ? ui.overrideStart : ui.overrideEnd, 'Give both start and end, or neither for a day off.');
    }
    const existing = overrides.find((override) => override.date === date);
    if (existing && (start === '' || existing.intervals.length === 0)) {
      return complain(ui.overrideAddError, ui.overrideDate, `${date} already has an override (${describeIntervals(existing)}); remove it first.`);
    }
    if (existing) {
      overrides = overrides.map((override) => (override === existing ? { date, intervals: [...override.intervals, { start, end }] } : override));
    } else {
      overrides = [...overrides, { date, intervals: start === '' ? [] : [{ start, end }] }].sort((a, b) => a.date.localeCompare(b.date));
    }
    renderOverrides();
    ui.overrideStart.value = '';
    ui.overrideEnd.value = '';
    say(`Added ${start === '' ? 'a day off' : `${start}–${end}`} on ${date} (not saved yet).`);
  }

  /** Adds a blocked period read in the browser's zone. */
  function addBlock(): void {
    ui.blockAddError.textContent = '';
    const start = ui.blockStart.value ? new Date(ui.blockStart.value) : undefined;
    const end = ui.blockEnd.value ? new Date(ui.blockEnd.value) : undefined;
    if (!start || Number.isNaN(start.getTime())) return complain(ui.blockAddError, ui.blockStart, 'Choose when the blocked period starts.');
    if (!end || Number.isNaN(end.getTime())) return complain(ui.blockAddError, ui.blockEnd, 'Choose when the blocked period ends.');
    const reason = ui.blockReason.value.trim();
    blocks = [...blocks, { start: start.toISOString(), end: end.toISOString(), reason }].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    renderBlocks();
    ui.blockStart.value = '';
    ui.blockEnd.value = '';
    ui.blockReason.value = '';
    say('Added a blocked period (not saved yet).');
  }

  function complain(slot: HTMLElement, input: HTMLElement, text: string): void {
    slot.textContent = text;
    input.focus();
  }

  ui.addOverride.addEventListener('click', addOverride);
  ui.addBlock.addEventListener('click', addBlock);
  // Enter in an add row adds the item instead of saving the whole form.
  for (const [row, add] of [['override-add', addOverride], ['block-add', addBlock]] as const) {
    $(row).addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
      event.preventDefault();
      add();
    });
  }

  // ---- loading, rendering, errors ------------------------------------------------------------

  function render(availability: Availability): void {
    loaded = availability;
    overrides = availability.overrides.map((override) => ({ date: override.date, intervals: [...override.intervals] }));
    blocks = availability.blocks.map(({ start, end, reason }) => ({ start, end, reason }));
    ui.title.textContent = `Availability (version ${availability.version})`;
    ui.summary.textContent = `Weekly hours and overrides are read in the expert's time zone, ${availability.timeZone}.`;
    ui.blockHelp.textContent = `Enter blocked periods in your own time zone, ${LOCAL_ZONE}. Nothing can be booked during them.`;
    const byDay = [...availability.weekly].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
    ui.weeklyRows.replaceChildren(...byDay.map(weeklyRow));
    labelRemoveButtons();
    renderOverrides();
    renderBlocks();
    clearFieldErrors();
    for (const slot of [ui.overrideAddError, ui.blockAddError]) slot.textContent = '';
  }

  async function load(): Promise<void> {
    if (!admin) return;
    const asked = expertId;
    say('Loading availability…');
    clearAlert();
    try {
      const availability = await admin.availability.get(asked);
      if (asked !== expertId) return;
      render(availability);
      ui.panel.hidden = false;
      say(`${availability.weekly.length} weekly hours, ${availability.overrides.length} overrides, ${availability.blocks.length} blocked periods.`);
    } catch (error) {
      if (asked !== expertId) return;
      say('');
      showAlert(`Could not load the availability: ${describe(error)}`, [{ label: 'Try again', run: () => void load() }]);
      ui.panel.hidden = false;
    }
  }

  function describe(error: unknown): string {
    if (isApiError(error)) return `${error.message}${error.requestId ? ` (reference ${error.requestId})` : ''}`;
    return error instanceof Error ? error.message : String(error);
  }

  function clearFieldErrors(): void {
    for (const element of ui.form.querySelectorAll('[aria-invalid]')) element.removeAttribute('aria-invalid');
    for (const slot of ui.form.querySelectorAll<HTMLElement>('.rows .error, .items .error')) slot.textContent = '';
    ui.errors.replaceChildren();
    ui.errors.hidden = true;
  }

  /** Puts each field error next to the row or item it names; the rest go in the list above the form. */
  function showFieldErrors(errors: readonly FieldError[]): void {
    clearFieldErrors();
    const lists = { weekly: ui.weeklyRows, overrides: ui.overrideList, blocks: ui.blockList };
    const general: FieldError[] = [];
    let first: HTMLElement | undefined;
    for (const error of errors) {
      const place = placeOf(error.field);
      const row = place ? lists[place.list].children[place.index] : undefined;
      const slot = row?.querySelector<HTMLElement>('.error');
      if (!place || !row || !slot) {
        general.push(error);
        continue;
      }
      slot.textContent = [slot.textContent, error.message].filter(Boolean).join(' ');
      const control = place.list === 'weekly' ? row.querySelector<HTMLElement>(`[data-part="${place.rest}"]`) : null;
      (control ?? row).setAttribute('aria-invalid', 'true');
      first ??= control ?? row.querySelector<HTMLElement>('button') ?? undefined;
    }
    if (general.length > 0) {
      ui.errors.replaceChildren(...general.map((error) => h('li', {}, error.field ? `${error.field}: ${error.message}` : error.message)));
      ui.errors.hidden = false;
    }
    first?.focus();
  }

  // ---- saving ----------------------------------------------------------------------------------

  async function save(version: number): Promise<void> {
    if (!admin || !loaded) return;
    clearAlert();
    clearFieldErrors();
    ui.save.disabled = true;
    say('Saving availability…');
    try {
      const saved = await admin.availability.set(expertId, { weekly: readWeekly(), overrides, blocks }, { version });
      render(saved);
      say(`Saved. The availability is now at version ${saved.version}.`);
    } catch (error) {
      say('');
      if (isVersionConflict(error)) {
        const current = error.currentVersion;
        showAlert(`The availability was changed elsewhere (it is now at version ${current}); your changes were not saved.`, [
          { label: 'Reload (discard my changes)', run: () => void load() },
          { label: 'Overwrite with my changes', run: () => void save(current) },
        ]);
      } else if (isValidationError(error) || (isApiError(error) && error.fieldErrors.length > 0)) {
        showFieldErrors(fieldErrorsOf(error));
        showAlert('Some entries need attention; nothing was saved.');
      } else {
        showAlert(`Could not save the availability: ${describe(error)}`);
      }
    } finally {
      ui.save.disabled = false;
    }
  }

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (loaded) void save(loaded.version);
  });
  ui.discard.addEventListener('click', () => {
    if (!loaded) return;
    clearAlert();
    render(loaded);
    say('Changes discarded.');
  });

  return {
    show(client, id) {
      admin = client;
      expertId = id;
      loaded = undefined;
      void load();
    },
  };
}
