/**
 * The custom element behind `<city-leave-form>`, `<city-agenda-form>` and
 * `<city-document-sheet>`: renders one React form of `@city-forms/react` into an
 * open shadow root (styles adopted there, the check-your-answers dialog portalled
 * into the same shadow root), maps attributes and properties to the form's props
 * and re-dispatches submit and change as DOM events. A seed city named by id and
 * a locale other than zh-CN are loaded on first use (`./cities.ts`,
 * `./locales.ts`), with the loading status meanwhile.
 * @module
 */
import type { CityProfileInput, FormData, FormId, Locale, ValidationResult } from '@city-forms/rules';
import type { FormInputs as FormInput } from '@city-forms/rules/core';
import { resolveCity, sheetModelWith, type FormLayoutSpec } from '@city-forms/rules/core';
import { printSheet } from '@city-forms/react/sheet';
import { Component, createElement, type ComponentType, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { cityNeedsLoading, loadCity } from './cities.js';
import { loadLocale, localeNeedsLoading } from './locales.js';
import { installShadowFixes } from './shadow-fixes.js';
import { applyShadowStyles, installPrintSupport } from './styles.js';

/**
 * What `event.detail.respond()` accepts (or a promise of it): nothing / `true` /
 * `{ ok: true }` for success; `false`, `{ ok: false, message }` or a failed
 * `Response` (its JSON `message` or `issues[].message`, else the status) for a
 * failure. A rejected promise is a failure with the rejection's message.
 */
export type SubmitAnswer = void | undefined | null | boolean | Response | { ok?: boolean; message?: string; issues?: readonly { message?: string }[] };

/**
 * `detail` of the `submit` event.
 * @example
 * ```js
 * form.addEventListener('submit', (e) => {
 *   e.detail.respond(fetch('/api/leave', { method: 'POST', body: JSON.stringify({ city: form.city, data: e.detail.data }) }));
 * });
 * ```
 */
export interface SubmitDetail<F extends FormId = FormId> {
  /** The cleaned, validated data. */
  data: FormData[F];
  /** The full result of the rules core (derived route, deadlines, warnings). */
  result: ValidationResult<F>;
  /**
   * Hand back the server's answer: the form shows "submitting" until it settles;
   * a failure keeps every value and shows the message. Call it during the event
   * dispatch (synchronously in the listener), once. Without it the submit counts
   * as successful.
   */
  respond: (answer: SubmitAnswer | PromiseLike<SubmitAnswer>) => void;
}

/** `detail` of the (debounced) `change` event. */
export interface ChangeDetail<F extends FormId = FormId> {
  /** The current values of every field (as typed, not yet validated). */
  values: FormInput[F];
}

/** The props the element passes to the React form. */
export interface FormComponentProps<F extends FormId> {
  city: string | CityProfileInput;
  locale?: Locale | undefined;
  today?: string | undefined;
  draftKey?: string | undefined;
  draftUser?: string | undefined;
  draftStorage?: 'local' | 'session' | undefined;
  defaultValues?: Partial<FormInput[F]> | undefined;
  onSubmit?: ((data: FormData[F], result: ValidationResult<F>) => void | Promise<void>) | undefined;
  onChange?: ((values: FormInput[F]) => void) | undefined;
  portalContainer?: HTMLElement | null | undefined;
  [extra: string]: unknown;
}

/** Debounce of the `change` event. */
export const CHANGE_DEBOUNCE_MS = 250;

const ATTRS = {
  city: 'city',
  locale: 'locale',
  'draft-key': 'draftKey',
  'draft-user': 'draftUser',
  'draft-storage': 'draftStorage',
  'profile-url': 'profileUrl',
  today: 'today',
} as const;

const STRINGS = {
  'zh-CN': {
    loading: '正在加载表单…',
    profileFailed: '无法加载城市配置：',
    failed: '表单无法显示：',
    rejected: '提交未被接受',
    sep: '；',
  },
  en: {
    loading: 'Loading the form…',
    profileFailed: 'Could not load the city profile: ',
    failed: 'The form cannot be shown: ',
    rejected: 'The submission was not accepted',
    sep: '; ',
  },
} as const;

/** Every connected form element of the page (for printing). */
const connected = new Set<HTMLElement>();

/** Shows a render error (unknown city, invalid profile) in place of the form; a new `resetKey` retries. */
class Boundary extends Component<{ children?: ReactNode; resetKey: string; fallback: (error: unknown) => ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override componentDidUpdate(prev: { resetKey: string }) {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }
  override componentDidCatch(error: unknown) {
    console.error('city-forms:', error);
  }
  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

/** The element's strings in a locale (zh-CN for a tag it has none for). */
function stringsFor(locale: string): Record<keyof (typeof STRINGS)['zh-CN'], string> {
  return Object.hasOwn(STRINGS, locale) ? STRINGS[locale as keyof typeof STRINGS] : STRINGS['zh-CN'];
}

function messageOf(x: unknown): string {
  if (x instanceof Error) return x.message;
  return typeof x === 'string' ? x : String(x);
}

function isResponse(x: unknown): x is Response {
  return typeof Response !== 'undefined' && x instanceof Response;
}

/** Turn what the host answered into success (resolves) or failure (throws with the message shown). */
export async function settleAnswer(answer: SubmitAnswer | PromiseLike<SubmitAnswer>, locale: Locale): Promise<void> {
  const s = stringsFor(locale);
  const a = await answer;
  if (a === false) throw new Error(s.rejected);
  if (a === null || typeof a !== 'object' || a.ok !== false) return;
  let body: { message?: unknown; issues?: unknown } | null = null;
  if (isResponse(a)) {
    try {
      body = (await a.clone().json()) as typeof body;
    } catch {
      body = null;
    }
  } else {
    body = a;
  }
  const issues = Array.isArray(body?.issues)
    ? (body.issues as { message?: unknown }[]).map((i) => (typeof i?.message === 'string' ? i.message : '')).filter(Boolean)
    : [];
  const message =
    (typeof body?.message === 'string' && body.message) ||
    issues.join(s.sep) ||
    (isResponse(a) ? `HTTP ${a.status}${a.statusText ? ` ${a.statusText}` : ''}` : '') ||
    s.rejected;
  throw new Error(message);
}

const Base: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * The base class of the form elements: a subclass names its form and its React
 * component.
 * @example
 * ```ts
 * class MyLeaveForm extends CityFormElement<'leave'> {
 *   readonly form = 'leave' as const;
 *   protected readonly component = LeaveForm;
 * }
 * customElements.define('my-leave-form', MyLeaveForm);
 * ```
 */
export abstract class CityFormElement<F extends FormId = FormId> extends Base {
  static get observedAttributes(): string[] {
    return Object.keys(ATTRS);
  }

  /** Which form this element renders. */
  abstract readonly form: F;
  /** The React form component. */
  protected abstract readonly component: ComponentType<FormComponentProps<F>>;
  /** The form's layout (sections and fields), for the printed sheet of a submission. */
  protected abstract readonly layout: FormLayoutSpec;
  /** Properties of a subclass to re-apply when set before the element was defined. */
  protected static extraProps: readonly string[] = [];
  /** The result of the last accepted submission, and the city and locale it was made in (for `print()`). */
  private _submitted: { result: ValidationResult<F>; city: string | CityProfileInput; locale: Locale } | null = null;
  private _shadow: ShadowRoot | null = null;
  private _mount: HTMLDivElement | null = null;
  private _portal: HTMLDivElement | null = null;
  private _root: Root | null = null;
  private _profile: CityProfileInput | null = null;
  private _defaultValues: Partial<FormInput[F]> | undefined = undefined;
  private _extra: Record<string, unknown> = {};
  /** Bumped to remount the form (new default values). */
  private _generation = 0;
  private _remote: { url: string; state: 'loading' | 'ready' | 'error'; profile?: CityProfileInput; error?: string; controller?: AbortController } | null =
    null;
  /** What this element waits for (`city:<id>`, `locale:<id>`; see `./cities.ts`, `./locales.ts`), or failed to load (`error`). */
  private _loads = new Map<string, { error?: string }>();
  /** The city and locale the form was last rendered with (null while a status shows or nothing does). */
  private _shown: { city: string | CityProfileInput; locale: Locale } | null = null;
  private _values: FormInput[F] | null = null;
  private _changeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    // Properties set before the element was defined (or upgraded) shadow the accessors: re-apply them.
    const upgradeProps = [...Object.values(ATTRS), 'profile', 'defaultValues', ...(this.constructor as typeof CityFormElement).extraProps];
    for (const p of upgradeProps) {
      if (Object.prototype.hasOwnProperty.call(this, p)) {
        const v = (this as Record<string, unknown>)[p];
        delete (this as Record<string, unknown>)[p];
        (this as Record<string, unknown>)[p] = v;
      }
    }
  }

  // --- attributes reflected as properties -------------------------------------------------

  /** A built-in city id (see `CITY_IDS` of `@city-forms/rules`). `profile` and `profile-url` win over it. */
  get city(): string | null {
    return this.getAttribute('city');
  }
  set city(v: string | null) {
    this.setOrRemove('city', v);
  }
  /** 'zh-CN' (default) or 'en'. */
  get locale(): Locale {
    const tag = this.getAttribute('locale');
    return tag !== null && Object.hasOwn(STRINGS, tag) ? (tag as Locale) : 'zh-CN';
  }
  set locale(v: Locale | null) {
    this.setOrRemove('locale', v);
  }
  /** Autosave drafts to localStorage under this key (attribute `draft-key`). */
  get draftKey(): string | null {
    return this.getAttribute('draft-key');
  }
  set draftKey(v: string | null) {
    this.setOrRemove('draft-key', v);
  }
  /**
   * The signed-in user's id, part of the draft's storage key (attribute `draft-user`):
   * on shared computers set it so one user never sees another's draft.
   */
  get draftUser(): string | null {
    return this.getAttribute('draft-user');
  }
  set draftUser(v: string | null) {
    this.setOrRemove('draft-user', v);
  }
  /** `session` keeps drafts in sessionStorage, gone when the tab closes (attribute `draft-storage`; default `local`). */
  get draftStorage(): 'local' | 'session' {
    return this.getAttribute('draft-storage') === 'session' ? 'session' : 'local';
  }
  set draftStorage(v: 'local' | 'session' | null) {
    this.setOrRemove('draft-storage', v);
  }
  /** Fetch a JSON city profile from this URL and use it as the city (attribute `profile-url`). */
  get profileUrl(): string | null {
    return this.getAttribute('profile-url');
  }
  set profileUrl(v: string | null) {
    this.setOrRemove('profile-url', v);
  }
  /** Today's civil date, YYYY-MM-DD (demos and tests); defaults to today in Asia/Shanghai. */
  get today(): string | null {
    return this.getAttribute('today');
  }
  set today(v: string | null) {
    this.setOrRemove('today', v);
  }

  // --- properties only --------------------------------------------------------------------

  /** A city profile object (see `defineCity`); wins over `profile-url` and `city`. */
  get profile(): CityProfileInput | null {
    return this._profile;
  }
  set profile(v: CityProfileInput | null) {
    this._profile = v ?? null;
    this.update();
  }
  /** Starting values of the form. Setting them starts the form afresh with these values. */
  get defaultValues(): Partial<FormInput[F]> | undefined {
    return this._defaultValues;
  }
  set defaultValues(v: Partial<FormInput[F]> | undefined) {
    this._defaultValues = v ?? undefined;
    this._generation++;
    this.update();
  }
  /** The current values (as of the last change), or null before any change. */
  get values(): FormInput[F] | null {
    return this._values;
  }
  /** The shadow root the form renders into (open). */
  get formRoot(): ShadowRoot | null {
    return this._shadow;
  }

  /** @internal Extra props of one form (e.g. the leave form's `loadAbsences`). */
  protected getExtra(name: string): unknown {
    return this._extra[name];
  }
  /** @internal */
  protected setExtra(name: string, value: unknown): void {
    this._extra[name] = value;
    this.update();
  }

  private setOrRemove(name: string, v: string | null | undefined) {
    if (v === null || v === undefined) this.removeAttribute(name);
    else this.setAttribute(name, String(v));
  }

  // --- printing -----------------------------------------------------------------------------

  /**
   * Print the form's paper sheet (请假（外出报备）审批单, 议题申报单, 公文呈批单): while
   * check-your-answers is open, the sheet it holds (as its 打印 button does); after
   * an accepted submission, the sheet of what was submitted, with the number your
   * server gave it (`record`) in its footer. Rejects with an `InvalidStateError`
   * when there is neither.
   * @example
   * ```js
   * form.addEventListener('submit', (e) => e.detail.respond(post(e.detail.data).then((r) => ((lastId = r.id), true))));
   * printButton.onclick = () => form.print({ record: { id: lastId } });
   * ```
   */
  print(options: { record?: { id: string; submittedAt?: string } | undefined } = {}): Promise<void> {
    if (this._portal?.querySelector('[role="dialog"] .cf-dialog-sheet')) {
      // What the dialog's 打印 does: the page marks the printing form (data-cf-printing) before it prints.
      document.body.classList.add('cf-printing');
      try {
        window.print();
      } finally {
        setTimeout(() => document.body.classList.remove('cf-printing'), 1000);
      }
      return Promise.resolve();
    }
    const last = this._submitted;
    if (!last) return Promise.reject(new DOMException('Nothing to print: open check-your-answers, or submit the form first.', 'InvalidStateError'));
    const model = sheetModelWith(this.layout, last.result, resolveCity(last.city), { locale: last.locale, record: options.record });
    const root = this._shadow;
    // The shadow root's stylesheets: adopted ones (absent where constructable stylesheets are), else its <style>.
    const adopted = root && Array.isArray(root.adoptedStyleSheets) ? root.adoptedStyleSheets : [];
    const styles = root ? [...adopted, ...[...root.querySelectorAll('style')].flatMap((el) => (el.sheet ? [el.sheet] : []))] : [];
    return printSheet(model, { styles });
  }

  // --- lifecycle --------------------------------------------------------------------------

  connectedCallback(): void {
    connected.add(this);
    installPrintSupport(
      (el) => Boolean((el as CityFormElement<F>)._portal?.querySelector('[role="dialog"]')),
      () => connected,
    );
    if (!this._shadow) {
      const shadow = this.attachShadow({ mode: 'open' });
      applyShadowStyles(shadow);
      this._mount = document.createElement('div');
      this._mount.className = 'cf-host';
      this._portal = document.createElement('div');
      this._portal.setAttribute('data-cf-portal', '');
      shadow.append(this._mount, this._portal);
      installShadowFixes(shadow, this._mount, this._portal);
      this._shadow = shadow;
    }
    if (!this._root && this._mount) this._root = createRoot(this._mount, { identifierPrefix: `cf${Math.random().toString(36).slice(2, 8)}-` });
    for (const [key, load] of this._loads) if (load.error !== undefined) this._loads.delete(key); // retry failed loads
    this.loadProfile();
    this.update();
  }

  disconnectedCallback(): void {
    connected.delete(this);
    // A move within the page disconnects and reconnects in the same task: keep the form then.
    queueMicrotask(() => {
      if (this.isConnected) return;
      clearTimeout(this._changeTimer);
      this._remote?.controller?.abort();
      if (this._remote?.state === 'loading') this._remote = null;
      this._root?.unmount();
      this._root = null;
      this._shown = null;
    });
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value) return;
    if (name === 'profile-url') this.loadProfile();
    this.update();
  }

  // --- profile-url --------------------------------------------------------------------------

  private loadProfile(): void {
    const url = this.profileUrl;
    if (!url) {
      this._remote?.controller?.abort();
      this._remote = null;
      return;
    }
    if (this._remote?.url === url && this._remote.state !== 'error') return;
    if (!this.isConnected) return;
    this._remote?.controller?.abort();
    const controller = new AbortController();
    const remote: NonNullable<typeof this._remote> = { url, state: 'loading', controller };
    this._remote = remote;
    fetch(url, { signal: controller.signal, headers: { accept: 'application/json' }, credentials: 'same-origin' })
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
        return (await res.json()) as CityProfileInput;
      })
      .then(
        (profile) => {
          if (this._remote !== remote) return;
          this._remote = { url, state: 'ready', profile };
          this.update();
        },
        (err: unknown) => {
          if (this._remote !== remote || controller.signal.aborted) return;
          this._remote = { url, state: 'error', error: messageOf(err) };
          this.update();
        },
      );
  }

  // --- seed cities and locales, loaded on demand --------------------------------------------

  /** Start a load (once per key and element; the loaders share one per page); returns its error, or null while it runs. */
  private loadOnce(key: string, start: () => Promise<void>): string | null {
    const current = this._loads.get(key);
    if (current) return current.error ?? null;
    const load: { error?: string } = {};
    this._loads.set(key, load);
    start().then(
      () => {
        if (this._loads.get(key) === load) this._loads.delete(key);
        this.update();
      },
      (err: unknown) => {
        if (this._loads.get(key) !== load) return;
        load.error = messageOf(err);
        this.update();
      },
    );
    return null;
  }

  // --- events -------------------------------------------------------------------------------

  private readonly handleSubmit = (data: FormData[F], result: ValidationResult<F>): Promise<void> => {
    let answer: SubmitAnswer | PromiseLike<SubmitAnswer> = undefined;
    let responded = false;
    let dispatching = true;
    const detail: SubmitDetail<F> = {
      data,
      result,
      respond: (a) => {
        if (!dispatching)
          throw new DOMException('respond() must be called while the submit event is dispatched (synchronously in the listener).', 'InvalidStateError');
        if (responded) throw new DOMException('respond() was already called for this submit.', 'InvalidStateError');
        responded = true;
        answer = a;
      },
    };
    try {
      this.dispatchEvent(new CustomEvent<SubmitDetail<F>>('submit', { bubbles: true, composed: true, detail }));
    } finally {
      dispatching = false;
    }
    const shown = this._shown;
    const accepted = () => {
      if (shown) this._submitted = { result, city: shown.city, locale: shown.locale };
    };
    if (!responded) {
      accepted();
      return Promise.resolve();
    }
    return settleAnswer(answer, this.locale).then(accepted);
  };

  private readonly handleChange = (values: FormInput[F]): void => {
    this._values = values;
    clearTimeout(this._changeTimer);
    this._changeTimer = setTimeout(() => {
      const current = this._values;
      if (!current || !this.isConnected) return;
      let copy: FormInput[F];
      try {
        copy = structuredClone(current);
      } catch {
        copy = JSON.parse(JSON.stringify(current)) as FormInput[F];
      }
      this.dispatchEvent(new CustomEvent<ChangeDetail<F>>('change', { bubbles: true, composed: true, detail: { values: copy } }));
    }, CHANGE_DEBOUNCE_MS);
  };

  // --- rendering ----------------------------------------------------------------------------

  private update(): void {
    if (!this._root) return;
    this._root.render(this.view());
  }

  private view(): ReactNode {
    const s = STRINGS[this.locale];
    const paint = (text: string, error = false) =>
      createElement('p', { className: `cf-embed-status${error ? ' cf-embed-status--error' : ''}`, role: error ? 'alert' : 'status', lang: this.locale }, text);
    const status = (text: string, error = false) => {
      this._shown = null;
      return paint(text, error);
    };
    let city: string | CityProfileInput | null = this._profile;
    if (!city && this.profileUrl) {
      const r = this._remote;
      if (!r || r.state === 'loading') return status(s.loading);
      if (r.state === 'error') return status(s.profileFailed + (r.error ?? ''), true);
      city = r.profile ?? null;
    }
    city ??= this.city;
    if (!city) {
      this._shown = null;
      return null;
    }
    // A seed city (by id, or as the base of a profile) and a locale other than zh-CN are loaded
    // on first use (both at once), the failure shown in place of the form. Meanwhile: the status
    // before the form is first shown; after, the form stays as it is (typed values and all) and
    // switches once the new city or locale is there.
    const base = typeof city === 'string' ? city : typeof city.extends === 'string' ? city.extends : null;
    let locale = this.locale;
    const cityError = base !== null && cityNeedsLoading(base) ? this.loadOnce(`city:${base}`, () => loadCity(base)) : undefined;
    const localeError = localeNeedsLoading(locale) ? this.loadOnce(`locale:${locale}`, () => loadLocale(locale)) : undefined;
    if (typeof cityError === 'string') return status(s.profileFailed + cityError, true);
    if (typeof localeError === 'string') return status(s.failed + localeError, true);
    if (cityError === null || localeError === null) {
      if (!this._shown) return status(s.loading);
      ({ city, locale } = this._shown);
    }
    this._shown = { city, locale };
    const props: FormComponentProps<F> = {
      ...this._extra,
      city,
      locale,
      today: this.today ?? undefined,
      draftKey: this.draftKey ?? undefined,
      draftUser: this.draftUser ?? undefined,
      draftStorage: this.draftStorage,
      defaultValues: this._defaultValues,
      onSubmit: this.handleSubmit,
      onChange: this.handleChange,
      portalContainer: this._portal,
    };
    const identity = typeof city === 'string' ? city : `${(city as { id?: string }).id ?? ''}@${this.profileIdentity(city)}`;
    return createElement(
      Boundary,
      { key: this._generation, resetKey: identity, fallback: (e: unknown) => paint(s.failed + messageOf(e), true) },
      createElement(this.component, props),
    );
  }

  private readonly profileIds = new WeakMap<object, number>();
  private nextProfileId = 0;
  /** A number per profile object (a new object resets the error boundary). */
  private profileIdentity(p: object): number {
    let n = this.profileIds.get(p);
    if (n === undefined) {
      n = ++this.nextProfileId;
      this.profileIds.set(p, n);
    }
    return n;
  }
}

/** The events of a form element: `submit` and `change` are the form's (CustomEvents), the rest as for any element. */
export interface CityFormElementEventMap<F extends FormId = FormId> extends Omit<HTMLElementEventMap, 'submit' | 'change'> {
  submit: CustomEvent<SubmitDetail<F>>;
  change: CustomEvent<ChangeDetail<F>>;
}

// Typed listeners: `el.addEventListener('submit', (e) => e.detail.respond(…))`. Overloads merged
// into the class (as lib.dom types HTMLElement's events); the class inherits the implementation.
export interface CityFormElement<F extends FormId = FormId> {
  addEventListener<K extends keyof CityFormElementEventMap<F>>(
    type: K,
    listener: (this: this, ev: CityFormElementEventMap<F>[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof CityFormElementEventMap<F>>(
    type: K,
    listener: (this: this, ev: CityFormElementEventMap<F>[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** Define an element once (a second bundle or import on the same page is a no-op). */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
