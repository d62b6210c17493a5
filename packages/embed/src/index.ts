/**
 * `@city-forms/embed`: the three city forms as custom elements, rendered with
 * React into a shadow root. Importing this module defines all three
 * (`<city-leave-form>`, `<city-agenda-form>`, `<city-document-sheet>`); each is
 * also importable alone (`@city-forms/embed/leave`, `/agenda`, `/document`).
 * Pages without a bundler use the standalone files in `dist/`
 * (`city-forms-embed.js`, or `leave.js`, `agenda.js`, `document.js`).
 *
 * @example
 * ```html
 * <script type="module" src="/embed/city-forms-embed.js"></script>
 * <city-leave-form city="fushun"></city-leave-form>
 * <script type="module">
 *   document.querySelector('city-leave-form').addEventListener('submit', (e) => {
 *     e.detail.respond(fetch('/api/leave', { method: 'POST', headers: { 'content-type': 'application/json' },
 *       body: JSON.stringify({ city: 'fushun', data: e.detail.data }) }));
 *   });
 * </script>
 * ```
 * @module
 */
import './csp.js';
export { CityLeaveFormElement } from './leave.js';
export { CityAgendaFormElement } from './agenda.js';
export { CityDocumentSheetElement } from './document.js';
export {
  CityFormElement,
  defineOnce,
  settleAnswer,
  CHANGE_DEBOUNCE_MS,
  type SubmitDetail,
  type SubmitAnswer,
  type ChangeDetail,
  type FormComponentProps,
  type CityFormElementEventMap,
} from './element.js';
