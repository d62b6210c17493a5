/**
 * `element.print()`: nothing to print before check-your-answers or a submission;
 * after an accepted submission, the submitted sheet (the rules' model for the
 * element's form and city, with the record number given) laid out in a frame of
 * its own and printed there, with the shadow root's styles.
 */
import { createElement } from 'react';
import { FIXTURES } from '@city-forms/rules/fixtures';
import { validate } from '@city-forms/rules';
import { leaveLayout } from '@city-forms/rules/layout/leave';
import { describe, expect, it, vi } from 'vitest';
import { CityFormElement, defineOnce, type FormComponentProps } from '../src/element.js';

const fx = FIXTURES.fushun.leave;

/** A leave element whose "form" is one button that submits the fixture's valid request (the React forms are tested elsewhere). */
class StubLeaveElement extends CityFormElement<'leave'> {
  readonly form = 'leave' as const;
  protected readonly layout = leaveLayout;
  protected readonly component = (p: FormComponentProps<'leave'>) =>
    createElement(
      'button',
      {
        type: 'button',
        onClick: () =>
          void p.onSubmit?.(
            validate('leave', fx.valid, { city: 'fushun', today: fx.today }).data as never,
            validate('leave', fx.valid, { city: 'fushun', today: fx.today }) as never,
          ),
      },
      '提交',
    );
}
defineOnce('test-stub-leave-form', StubLeaveElement);

describe('print()', () => {
  it('rejects before there is anything to print, then prints the submitted sheet with its record number', async () => {
    const el = document.createElement('test-stub-leave-form') as StubLeaveElement;
    el.setAttribute('city', 'fushun');
    document.body.append(el);
    try {
      await expect(el.print()).rejects.toMatchObject({ name: 'InvalidStateError' });
      const button = await vi.waitFor(
        () => {
          const b = el.shadowRoot?.querySelector('button');
          if (!b) throw new Error('the form is not shown yet');
          return b;
        },
        { timeout: 10_000 },
      );
      let submits = 0;
      el.addEventListener('submit', (e) => {
        submits++;
        e.detail.respond(true);
      });
      button.click();
      expect(submits).toBe(1);
      // The sheet's frame: stub its print() as it is added (before printSheet calls it).
      const printed: string[] = [];
      const watch = new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof HTMLIFrameElement && n.contentWindow) {
              const win = n.contentWindow;
              win.focus = () => {};
              win.print = () => {
                printed.push(n.contentDocument!.body.textContent ?? '');
                win.dispatchEvent(new Event('afterprint'));
              };
            }
      });
      watch.observe(document.body, { childList: true });
      // The submission is accepted once respond()'s answer settles (a microtask later).
      await vi.waitFor(() => el.print({ record: { id: 'rec-42' } }), { timeout: 10_000 });
      watch.disconnect();
      expect(printed).toHaveLength(1);
      const text = printed[0]!;
      expect(text).toContain('抚顺市人民政府');
      expect(text).toContain('请假（外出报备）审批单');
      expect(text).toContain(fx.valid.reason);
      for (const step of ['审核：分管副市长', '汇总：秘书长', '审批：市长']) expect(text).toContain(step);
      expect(text).toContain('编号 rec-42');
      expect(document.querySelector('iframe')).toBeNull(); // removed after printing
    } finally {
      el.remove();
    }
  });
});
