import { FIXTURES } from '@city-forms/rules/fixtures';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CityAgendaFormElement,
  CityDocumentSheetElement,
  CityLeaveFormElement,
  defineOnce,
  settleAnswer,
  type ChangeDetail,
  type SubmitDetail,
} from '../src/index.js';
import { SHADOW_CSS, shadowCss } from '../src/styles.js';
import { cityNeedsLoading, LOADABLE_CITY_IDS, loadCity } from '../src/cities.js';
import { localeNeedsLoading } from '../src/locales.js';
import { isBuiltIn } from '@city-forms/rules/core';
import { SEED_CITY_IDS } from '@city-forms/rules/cities/manifest';

// In a page a seed city's profile is a chunk fetched over the network; here its module is
// already loaded (the fixtures import the profiles), so `import()` settles before React's first
// commit. A gate a test can hold makes the loading time observable.
const gate = vi.hoisted(() => ({ held: null as Promise<void> | null }));
vi.mock('@city-forms/rules/cities/loaders', async (importOriginal) => {
  const mod = await importOriginal<typeof import('@city-forms/rules/cities/loaders')>();
  const gated = Object.fromEntries(
    Object.entries(mod.CITY_LOADERS).map(([id, load]) => [id, async () => (gate.held ? gate.held.then(load) : load())]),
  ) as typeof mod.CITY_LOADERS;
  return { ...mod, CITY_LOADERS: gated };
});

// vi.waitFor gives up after 1 s by default: too short on a loaded 2-core CI machine.
const waitFor = <T>(fn: () => T | Promise<T>) => vi.waitFor(fn, { timeout: 10_000 });

const leave = FIXTURES.fushun.leave;
const demoProfile = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../rules/examples/sixth-city.json'), 'utf8')) as Record<
  string,
  unknown
>;

function shadowOf(el: HTMLElement): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/** The element with the given text among `selector` matches in the shadow root. */
function byText<T extends Element>(root: ParentNode, selector: string, text: string | RegExp): T | null {
  return (
    [...root.querySelectorAll<T>(selector)].find((e) => (typeof text === 'string' ? e.textContent?.trim() === text : text.test(e.textContent ?? ''))) ?? null
  );
}

/** The control labelled `label` in the shadow root. */
function field(root: ShadowRoot, label: RegExp): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const l = byText<HTMLLabelElement>(root, 'label', label);
  const id = l?.htmlFor;
  const el = id ? root.getElementById(id) : null;
  if (!el) throw new Error(`no field labelled ${label}`);
  return el as HTMLInputElement;
}

/** Type a value the way React sees a user's input. */
function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Records every text a shadow root's `[role="status"]` shows, however briefly (a status may last one frame). */
function watchStatus(root: ShadowRoot): string[] {
  const seen: string[] = [];
  const look = () => {
    const t = root.querySelector('[role="status"]')?.textContent;
    if (t && seen[seen.length - 1] !== t) seen.push(t);
  };
  new MutationObserver(look).observe(root, { childList: true, subtree: true, characterData: true });
  look();
  return seen;
}

/** Append the element; resolves once it shows its form or an alert (past the loading status of its city or profile). */
async function mount<K extends 'city-leave-form' | 'city-agenda-form' | 'city-document-sheet'>(
  tag: K,
  attrs: Record<string, string>,
  props: Record<string, unknown> = {},
) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  document.body.appendChild(el);
  await waitFor(() => expect(shadowOf(el).querySelector('form, [role="alert"]')).not.toBeNull());
  return el;
}

async function openCheck(el: HTMLElement) {
  const root = shadowOf(el);
  byText<HTMLButtonElement>(root, 'button', '继续')!.click();
  return waitFor(() => {
    const dialog = root.querySelector<HTMLElement>('[role="dialog"]');
    expect(dialog).not.toBeNull();
    return dialog!;
  });
}

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('registration', () => {
  it('defines the three elements once; defining again is a no-op', async () => {
    expect(customElements.get('city-leave-form')).toBe(CityLeaveFormElement);
    expect(customElements.get('city-agenda-form')).toBe(CityAgendaFormElement);
    expect(customElements.get('city-document-sheet')).toBe(CityDocumentSheetElement);
    class Other extends CityLeaveFormElement {}
    expect(() => defineOnce('city-leave-form', Other)).not.toThrow();
    expect(customElements.get('city-leave-form')).toBe(CityLeaveFormElement);
    // Importing the per-form modules again (as a second script would) does not throw either.
    await expect(import('../src/leave.js')).resolves.toBeDefined();
    await expect(import('../src/agenda.js')).resolves.toBeDefined();
    await expect(import('../src/document.js')).resolves.toBeDefined();
  });

  it('keeps properties set before the element was defined (upgrade)', async () => {
    const el = document.createElement('x-late-leave') as HTMLElement & { profile?: unknown; city?: string };
    el.city = 'fushun';
    el.profile = demoProfile;
    document.body.appendChild(el);
    class Late extends CityLeaveFormElement {}
    customElements.define('x-late-leave', Late);
    const up = el as unknown as CityLeaveFormElement;
    expect(up.city).toBe('fushun');
    expect(up.getAttribute('city')).toBe('fushun');
    expect(up.profile).toBe(demoProfile);
    await waitFor(() => expect(shadowOf(up).textContent).toContain('市政府组成人员'));
  });
});

describe('rendering into a shadow root', () => {
  it('renders the form and its styles inside an open shadow root, nothing in the page', async () => {
    const el = await mount('city-leave-form', { city: 'fushun', today: leave.today });
    const root = shadowOf(el);
    expect(el.children).toHaveLength(0);
    expect(root.querySelector('form.cf-form')).not.toBeNull();
    expect(field(root, /申请人姓名/)).toBeTruthy();
    const css =
      root.adoptedStyleSheets?.length > 0
        ? [...root.adoptedStyleSheets[0]!.cssRules].map((r) => r.cssText).join('\n')
        : (root.querySelector('style')?.textContent ?? '');
    expect(css).toContain('.cf-theme');
    expect(css).toContain(':host');
    // The dialog's portal is inside the shadow root, not in the page.
    expect(root.querySelector('[data-cf-portal]')).not.toBeNull();
    expect(document.body.querySelector('[data-cf-portal]')).toBeNull();
  });

  it('reflects attributes as properties (draft-key ↔ draftKey, profile-url ↔ profileUrl…)', async () => {
    const el = document.createElement('city-agenda-form');
    el.draftKey = 'agenda-1';
    el.locale = 'en';
    el.today = '2026-11-23';
    el.city = 'jining';
    expect(el.getAttribute('draft-key')).toBe('agenda-1');
    expect(el.getAttribute('locale')).toBe('en');
    el.setAttribute('profile-url', '/p.json');
    expect(el.profileUrl).toBe('/p.json');
    el.draftKey = null;
    expect(el.hasAttribute('draft-key')).toBe(false);
    expect(el.form).toBe('agenda');
    expect(document.createElement('city-document-sheet').locale).toBe('zh-CN');
  });

  it('passes draft-user and draft-storage to the form: the draft is saved per user, in sessionStorage', async () => {
    const el = await mount('city-agenda-form', { city: 'fushun', today: '2026-11-23', 'draft-key': 'a', 'draft-user': 'alice', 'draft-storage': 'session' });
    const title = shadowOf(el).querySelector<HTMLInputElement>('input[name="title"]');
    if (!title) throw new Error('no title field');
    typeInto(title, '爱丽丝');
    await waitFor(() => expect(sessionStorage.getItem('city-forms:draft:u:alice:a')).toContain('爱丽丝'));
    expect(localStorage.getItem('city-forms:draft:a')).toBeNull();
    expect(el.draftUser).toBe('alice');
    expect(el.draftStorage).toBe('session');
    sessionStorage.clear();
  });

  it('follows locale and city changes without losing typed values', async () => {
    const el = await mount('city-leave-form', { city: 'fushun', today: leave.today });
    const root = shadowOf(el);
    typeInto(field(root, /申请人姓名/) as HTMLInputElement, '李明');
    // English and jining are loaded on first use: meanwhile the form stays (no status), then switches.
    const seen = watchStatus(root);
    el.locale = 'en';
    await waitFor(() => expect(byText(root, 'button', 'Continue')).not.toBeNull());
    expect((field(root, /Applicant/) as HTMLInputElement).value).toBe('李明');
    expect(isBuiltIn('jining')).toBe(false);
    el.city = 'jining';
    await waitFor(() => expect(root.textContent).toContain('leaving Jining'));
    expect((field(root, /Applicant/) as HTMLInputElement).value).toBe('李明');
    expect(seen).toEqual([]);
  });

  it('shows an alert in place of the form for an unknown city', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount('city-document-sheet', { city: 'atlantis' });
    const alert = shadowOf(el).querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(/表单无法显示/);
    el.city = 'xianning';
    await waitFor(() => expect(shadowOf(el).querySelector('form')).not.toBeNull());
  });

  it('uses the profile property, and starts afresh with new defaultValues', async () => {
    const el = await mount('city-leave-form', { city: 'fushun', today: leave.today }, { profile: demoProfile, defaultValues: { applicantName: '张三' } });
    const root = shadowOf(el);
    await waitFor(() => expect(root.textContent).toContain('离示'));
    expect((field(root, /申请人姓名/) as HTMLInputElement).value).toBe('张三');
    el.defaultValues = { applicantName: '王五' };
    await waitFor(() => expect((field(root, /申请人姓名/) as HTMLInputElement).value).toBe('王五'));
  });
});

describe('seed cities, loaded on demand', () => {
  // Each test uses a city no other test of this file loads first (registration is per page).
  it('shows the loading status until the city’s profile is loaded, then the form; registers it once', async () => {
    expect(LOADABLE_CITY_IDS).toEqual([...SEED_CITY_IDS]);
    expect(isBuiltIn('huarong')).toBe(false);
    expect(cityNeedsLoading('huarong')).toBe(true);
    let release!: () => void;
    gate.held = new Promise<void>((r) => (release = r));
    const el = document.createElement('city-leave-form');
    el.setAttribute('city', 'huarong');
    document.body.appendChild(el);
    const seen = watchStatus(shadowOf(el));
    const second = document.createElement('city-agenda-form');
    second.setAttribute('city', 'huarong');
    second.setAttribute('locale', 'en');
    document.body.appendChild(second);
    const seenSecond = watchStatus(shadowOf(second));
    // While the chunk is on its way: the status, no form.
    await waitFor(() => expect(shadowOf(el).querySelector('[role="status"]')).not.toBeNull());
    expect(shadowOf(el).querySelector('form')).toBeNull();
    gate.held = null;
    release();
    await waitFor(() => expect(shadowOf(el).querySelector('form')).not.toBeNull());
    await waitFor(() => expect(shadowOf(second).querySelector('form')).not.toBeNull());
    expect(seen).toEqual(['正在加载表单…']);
    expect(seenSecond).toEqual(['Loading the form…']);
    expect(isBuiltIn('huarong')).toBe(true);
    expect(cityNeedsLoading('huarong')).toBe(false);
    // Loaded: a new element for the same city renders at once, without the status.
    const third = document.createElement('city-document-sheet');
    third.setAttribute('city', 'huarong');
    document.body.appendChild(third);
    const seenThird = watchStatus(shadowOf(third));
    await waitFor(() => expect(shadowOf(third).querySelector('form')).not.toBeNull());
    expect(seenThird).toEqual([]);
  });

  it('loads the seed city a profile extends before using the profile', async () => {
    expect(isBuiltIn('panzhihua')).toBe(false);
    const el = await mount('city-leave-form', { city: 'fushun' }, { profile: { ...demoProfile, id: 'demo-on-panzhihua', extends: 'panzhihua' } });
    expect(shadowOf(el).querySelector('[role="alert"]')).toBeNull();
    expect(isBuiltIn('panzhihua')).toBe(true);
  });

  it('does not load anything for an unknown id or `national` (the form reports an unknown id, as before)', async () => {
    expect(cityNeedsLoading('atlantis')).toBe(false);
    expect(cityNeedsLoading('national')).toBe(false);
    expect(cityNeedsLoading('toString')).toBe(false);
    await expect(loadCity('atlantis')).rejects.toThrow(/not a built-in city/);
  });
});

describe('English, loaded on demand', () => {
  it('the first locale="en" loads the English strings (status meanwhile); zh-CN never needs it', async () => {
    expect(localeNeedsLoading('zh-CN')).toBe(false);
    // Earlier tests of this file may have loaded it already (registration is per page).
    const el = document.createElement('city-document-sheet');
    el.setAttribute('city', 'xianning');
    el.setAttribute('locale', 'en');
    document.body.appendChild(el);
    await waitFor(() => expect(byText(shadowOf(el), 'button', 'Continue')).not.toBeNull());
    expect(localeNeedsLoading('en')).toBe(false);
    expect(shadowOf(el).querySelector('[role="alert"]')).toBeNull();
  });
});

describe('profile-url', () => {
  it('fetches a JSON profile and uses it as the city', async () => {
    let respond!: (r: Response) => void;
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockReturnValue(new Promise<Response>((r) => (respond = r)));
    const el = document.createElement('city-leave-form');
    el.setAttribute('profile-url', '/profiles/demo.json');
    document.body.appendChild(el);
    await waitFor(() => expect(shadowOf(el).querySelector('[role="status"]')?.textContent).toMatch(/正在加载/));
    respond(new Response(JSON.stringify(demoProfile), { headers: { 'content-type': 'application/json' } }));
    await waitFor(() => expect(shadowOf(el).querySelector('form')).not.toBeNull());
    expect(shadowOf(el).textContent).toContain('离示');
    expect(fetchMock).toHaveBeenCalledWith('/profiles/demo.json', expect.objectContaining({ credentials: 'same-origin' }));
  });

  it('shows the failure when the profile cannot be loaded', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('nope', { status: 404, statusText: 'Not Found' }));
    const el = await mount('city-agenda-form', { 'profile-url': '/missing.json', locale: 'en' });
    await waitFor(() => expect(shadowOf(el).querySelector('[role="alert"]')?.textContent).toBe('Could not load the city profile: HTTP 404 Not Found'));
  });
});

describe('submit event', () => {
  it('dispatches a bubbling, composed submit with data and result; without respond it succeeds', async () => {
    const el = await mount('city-leave-form', { city: 'fushun', today: leave.today }, { defaultValues: leave.valid });
    const seen: CustomEvent<SubmitDetail<'leave'>>[] = [];
    document.addEventListener('submit', (e) => seen.push(e as unknown as CustomEvent<SubmitDetail<'leave'>>), { once: true });
    const dialog = await openCheck(el);
    byText<HTMLButtonElement>(dialog, 'button', '确认提交')!.click();
    await waitFor(() => expect(shadowOf(el).textContent).toContain('已提交'));
    expect(seen).toHaveLength(1);
    const e = seen[0]!;
    expect(e.bubbles && e.composed).toBe(true);
    expect(e.target).toBe(el);
    expect(e.detail.data).toMatchObject({ applicantName: '李明', startDate: '2026-12-01' });
    expect(e.detail.result).toMatchObject({ ok: true, profile: { id: 'fushun' } });
  });

  it('waits on respond(promise); a rejection keeps the values and shows the error, then a retry succeeds', async () => {
    const el = await mount('city-leave-form', { city: 'fushun', today: leave.today }, { defaultValues: leave.valid });
    const root = shadowOf(el);
    let attempt = 0;
    let release!: () => void;
    el.addEventListener('submit', (e) => {
      attempt++;
      const { respond } = (e as CustomEvent<SubmitDetail>).detail;
      if (attempt === 1) respond(Promise.reject(new Error('服务器繁忙')));
      else respond(new Promise<void>((r) => (release = r)));
    });
    const dialog = await openCheck(el);
    byText<HTMLButtonElement>(dialog, 'button', '确认提交')!.click();
    await waitFor(() => expect(root.querySelector('[role="dialog"] [role="alert"]')?.textContent).toContain('服务器繁忙'));
    expect(root.textContent).not.toContain('已提交');
    byText<HTMLButtonElement>(root.querySelector('[role="dialog"]')!, 'button', '确认提交')!.click();
    await waitFor(() => expect(byText(root, 'button', '正在提交…')).not.toBeNull());
    release();
    await waitFor(() => expect(root.textContent).toContain('已提交'));
    expect(attempt).toBe(2);
  });

  it('treats { ok: false, message } and a failed Response as failures with their message', async () => {
    const el = await mount('city-leave-form', { city: 'fushun', today: leave.today }, { defaultValues: leave.valid });
    const root = shadowOf(el);
    const answers = [
      { ok: false, message: '编号重复' },
      new Response(JSON.stringify({ issues: [{ message: '请填写申请人姓名' }, { message: '结束日期不能早于开始日期' }] }), { status: 422 }),
    ];
    el.addEventListener('submit', (e) => (e as CustomEvent<SubmitDetail>).detail.respond(answers.shift()));
    const dialog = await openCheck(el);
    byText<HTMLButtonElement>(dialog, 'button', '确认提交')!.click();
    await waitFor(() => expect(root.querySelector('[role="dialog"] [role="alert"]')?.textContent).toContain('编号重复'));
    byText<HTMLButtonElement>(root.querySelector('[role="dialog"]')!, 'button', '确认提交')!.click();
    await waitFor(() => expect(root.querySelector('[role="dialog"] [role="alert"]')?.textContent).toContain('请填写申请人姓名；结束日期不能早于开始日期'));
  });

  it('refuses respond() after the dispatch, and a second respond()', async () => {
    const el = await mount('city-leave-form', { city: 'fushun', today: leave.today }, { defaultValues: leave.valid });
    const errors: unknown[] = [];
    let later: SubmitDetail | undefined;
    el.addEventListener('submit', (e) => {
      later = (e as CustomEvent<SubmitDetail>).detail;
      later.respond({ ok: true });
      try {
        later.respond({ ok: true });
      } catch (err) {
        errors.push(err);
      }
    });
    const dialog = await openCheck(el);
    byText<HTMLButtonElement>(dialog, 'button', '确认提交')!.click();
    await waitFor(() => expect(shadowOf(el).textContent).toContain('已提交'));
    expect(errors).toHaveLength(1);
    expect(() => later!.respond(undefined)).toThrow(/while the submit event is dispatched/);
  });

  it('does not dispatch submit when validation fails; focuses the field from the error summary link', async () => {
    const el = await mount('city-leave-form', { city: 'fushun', today: leave.today });
    const root = shadowOf(el);
    const onSubmit = vi.fn();
    el.addEventListener('submit', onSubmit);
    byText<HTMLButtonElement>(root, 'button', '继续')!.click();
    const summary = await waitFor(() => {
      const s = root.querySelector('.cf-error-summary');
      expect(s).not.toBeNull();
      return s!;
    });
    const link = byText<HTMLAnchorElement>(summary, 'a', /申请人姓名/)!;
    link.click();
    expect(root.activeElement).toBe(field(root, /申请人姓名/));
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('change event', () => {
  it('dispatches the current values once, debounced', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const el = await mount('city-leave-form', { city: 'fushun', today: leave.today });
      const root = shadowOf(el);
      const changes: ChangeDetail<'leave'>[] = [];
      el.addEventListener('change', (e) => changes.push(e.detail));
      const name = field(root, /申请人姓名/) as HTMLInputElement;
      typeInto(name, '李');
      typeInto(name, '李明');
      typeInto(field(root, /前往地点/) as HTMLInputElement, '沈阳市');
      // The native `change` of an input does not leave the shadow root: only ours arrives.
      name.dispatchEvent(new Event('change', { bubbles: true }));
      expect(changes).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(300);
      expect(changes).toHaveLength(1);
      expect(changes[0]!.values).toMatchObject({ applicantName: '李明', destination: '沈阳市' });
      expect(el.values).toMatchObject({ applicantName: '李明' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('settleAnswer', () => {
  it('succeeds on nothing, true, { ok: true } and an ok Response', async () => {
    for (const a of [undefined, null, true, { ok: true }, new Response('{}', { status: 201 })]) await expect(settleAnswer(a, 'zh-CN')).resolves.toBeUndefined();
  });
  it('fails with the best message available', async () => {
    await expect(settleAnswer(false, 'en')).rejects.toThrow('The submission was not accepted');
    await expect(settleAnswer({ ok: false }, 'zh-CN')).rejects.toThrow('提交未被接受');
    await expect(settleAnswer(Promise.resolve({ ok: false, issues: [{ message: 'a' }, { message: 'b' }] }), 'en')).rejects.toThrow('a; b');
    await expect(settleAnswer(new Response('<html>', { status: 502, statusText: 'Bad Gateway' }), 'en')).rejects.toThrow('HTTP 502 Bad Gateway');
    await expect(settleAnswer(Promise.reject(new Error('offline')), 'en')).rejects.toThrow('offline');
  });
});

describe('shadow stylesheet', () => {
  it('moves the kit’s --cf-* defaults to :host (themable from the page) and isolates inheritance', () => {
    expect(SHADOW_CSS).toMatch(/^:host\{all:initial;display:block;--cf-font:/);
    expect(SHADOW_CSS).toContain('--cf-accent:#1d70b8;');
    expect(SHADOW_CSS).toMatch(/\.cf-root\{--cf-font:inherit;.*--cf-accent:inherit;/);
  });
  it('rewrites the kit’s print rules for the shadow tree', () => {
    expect(SHADOW_CSS).not.toContain('body.cf-printing');
    expect(SHADOW_CSS).toContain(':host([data-cf-printing]) > *:not([data-cf-portal])');
    expect(shadowCss('.cf-root { --cf-x: 1px; --cf-y: red }')).toContain(':host{all:initial;display:block;--cf-x:1px;--cf-y:red;}');
  });
});
