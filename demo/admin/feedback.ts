/**
 * The dashboard's shared feedback: the status line, the alert with an optional action, and one
 * sentence for any failure the admin SDK reports.
 */
import { isApiError, isValidationError, isVersionConflict } from '../../src/admin/index.js';
import { byId, h } from './dom.js';

/** Writes the polite status line. */
export function say(text: string): void {
  byId('status').textContent = text;
}

/** Shows the alert, with a button when an `action` is given. */
export function showAlert(text: string, action?: { label: string; run: () => void }): void {
  const alert = byId('alert');
  alert.replaceChildren(h('span', {}, text));
  if (action) {
    const button = h('button', { type: 'button', class: 'secondary' }, action.label);
    button.addEventListener('click', action.run);
    alert.append(button);
  }
  alert.hidden = false;
}

/** Hides the alert. */
export function clearAlert(): void {
  const alert = byId('alert');
  alert.hidden = true;
  alert.replaceChildren();
}

/** A sentence for any failure the SDK reports. */
export function describeError(error: unknown): string {
  if (isVersionConflict(error)) return `This was changed elsewhere (it is now at version ${error.currentVersion}); your change was not saved.`;
  if (isValidationError(error)) return 'Some fields need attention.';
  if (isApiError(error)) return `${error.message}${error.requestId ? ` (reference ${error.requestId})` : ''}`;
  return error instanceof Error ? error.message : String(error);
}
