/**
 * The CDN entry (`<script type="module" src=".../apptkit.js">`): registers every element, and
 * nothing else. `<appt-packages>` is in this first load; every other element loads lazily the
 * first time the page uses one (`customElements.whenDefined(tag)` resolves once it has), and so do
 * the languages other than English and the scheduling and call parts of the client. Pages that script the
 * elements need no import: events are typed DOM events on the elements, and element classes are
 * reachable through `customElements.get(tag)`. The typed API is for npm users (`apptkit`,
 * `apptkit/client`, `apptkit/core`).
 */
import './components/packages/define.js';
import { lazyDefine } from './components/base/lazy-define.js';

lazyDefine('appt-slot-picker', () => import('./components/slot-picker/define.js'));
// The call launcher; daily-js loads later still, in its own chunk, only when someone joins.
lazyDefine('appt-call', () => import('./components/call/define.js'));
