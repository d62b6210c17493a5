/**
 * `<city-leave-form>`: the leave / absence report (请销假, 外出报备) as a custom
 * element. Importing this module defines it (once per page).
 *
 * @example
 * ```html
 * <script type="module" src="/embed/leave.js"></script>
 * <city-leave-form city="fushun" draft-key="leave"></city-leave-form>
 * ```
 * @module
 */
import './csp.js';
import type { Absence } from '@city-forms/rules';
import { LeaveForm } from '@city-forms/react/leave';
import { leaveLayout } from '@city-forms/rules/layout/leave';
import { CityFormElement, defineOnce, type FormComponentProps } from './element.js';

type LoadAbsences = (range: { from: string; to: string }, options: { signal: AbortSignal }) => Promise<readonly Absence[]>;

/** The element class of `<city-leave-form>`. */
export class CityLeaveFormElement extends CityFormElement<'leave'> {
  protected static override extraProps = ['loadAbsences'];
  readonly form = 'leave' as const;
  protected readonly layout = leaveLayout;
  protected readonly component = LeaveForm as (p: FormComponentProps<'leave'>) => ReturnType<typeof LeaveForm>;
  /**
   * Loads others' approved absences overlapping the dates, for the pairing rules
   * (see `loadAbsences` of `<LeaveForm>`).
   */
  get loadAbsences(): LoadAbsences | undefined {
    return this.getExtra('loadAbsences') as LoadAbsences | undefined;
  }
  set loadAbsences(fn: LoadAbsences | undefined) {
    this.setExtra('loadAbsences', fn);
  }
}

defineOnce('city-leave-form', CityLeaveFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'city-leave-form': CityLeaveFormElement;
  }
}
