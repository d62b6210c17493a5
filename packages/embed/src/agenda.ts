/**
 * `<city-agenda-form>`: the meeting agenda item submission (会议议题申报) as a
 * custom element. Importing this module defines it (once per page).
 *
 * @example
 * ```html
 * <script type="module" src="/embed/agenda.js"></script>
 * <city-agenda-form city="jining"></city-agenda-form>
 * ```
 * @module
 */
import './csp.js';
import { AgendaForm } from '@city-forms/react/agenda';
import { agendaLayout } from '@city-forms/rules/layout/agenda';
import { CityFormElement, defineOnce, type FormComponentProps } from './element.js';

/** The element class of `<city-agenda-form>`. */
export class CityAgendaFormElement extends CityFormElement<'agenda'> {
  readonly form = 'agenda' as const;
  protected readonly layout = agendaLayout;
  protected readonly component = AgendaForm as (p: FormComponentProps<'agenda'>) => ReturnType<typeof AgendaForm>;
}

defineOnce('city-agenda-form', CityAgendaFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'city-agenda-form': CityAgendaFormElement;
  }
}
