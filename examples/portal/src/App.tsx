/**
 * The demo portal: a city switcher, a language switch, the three forms and the
 * list of what the server accepted. State lives in the URL (?city=&form=&lang=).
 *
 * The page is the shell only (React, this module, the portal's strings): the form
 * shown, the city's profile, English for the forms and the rules' engine are
 * loaded when needed (`./lazy.ts`), all at once as the page starts, so a phone
 * paints the page after one small script and the form right after.
 * @module
 */
import type { Absence, CityProfileInput, Locale, ResolvedProfile } from '@city-forms/rules/core';
import { startTransition, useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import {
  ApiError,
  fetchAbsences,
  fetchCities,
  fetchMe,
  fetchSubmissions,
  loginHref,
  signOut,
  submitForm,
  type CityEntry,
  type Me,
  type Submission,
} from './api.js';
import {
  FORM_LOADERS,
  isSeedCity,
  loadLocale,
  loadProfile,
  loadSeedCities,
  PORTAL_FORMS,
  SEED_CITY_IDS,
  type FormComponents,
  type PortalForm,
} from './lazy.js';
import { STRINGS, type PortalStrings } from './strings.js';

interface Route {
  city: string;
  form: PortalForm;
  locale: Locale;
}

/** What a load on demand gave for one key (a city, a form, a locale): the value or why not. */
interface Loaded<T> {
  key: string;
  value: T | null;
  error: string | null;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** What was loaded, by key: a form, a city or a language shown again shows at once. */
const loadedValues = new Map<string, unknown>();

/**
 * The value `load` gives for `key`, loaded when `key` changes (once per page:
 * kept in {@link loadedValues}); null until then and for a null key. A failed
 * load keeps its message for that key.
 */
function useLoaded<T>(key: string | null, load: () => Promise<T>): Loaded<T> | null {
  const [state, setState] = useState<Loaded<T> | null>(null);
  const loadRef = useLatestRef(load);
  useEffect(() => {
    if (key === null || loadedValues.has(key)) return;
    let live = true;
    loadRef.current().then(
      (value) => {
        loadedValues.set(key, value);
        // A transition: React renders what came (a whole form) in slices, yielding to
        // the browser between them, so a slow phone's main thread is never held long.
        if (live) startTransition(() => setState({ key, value, error: null }));
      },
      (err: unknown) => live && setState({ key, value: null, error: message(err) }),
    );
    return () => {
      live = false;
    };
  }, [key, loadRef]);
  if (key !== null && loadedValues.has(key)) return { key, value: loadedValues.get(key) as T, error: null };
  return state !== null && state.key === key ? state : null;
}

/** A ref holding the latest value (set after each render), for effects that must not re-run when it changes. */
function useLatestRef<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}

export function readRoute(search: string = typeof location === 'undefined' ? '' : location.search): Route {
  const q = new URLSearchParams(search);
  const form = q.get('form');
  return {
    city: q.get('city') || 'fushun',
    form: (PORTAL_FORMS as readonly string[]).includes(form ?? '') ? (form as PortalForm) : 'leave',
    locale: q.get('lang') === 'en' ? 'en' : 'zh-CN',
  };
}

export function hrefOf(route: Route): string {
  const q = new URLSearchParams({ city: route.city, form: route.form });
  if (route.locale === 'en') q.set('lang', 'en');
  return `?${q}`;
}

export function App() {
  const [route, setRoute] = useState<Route>(() => readRoute());
  const { locale, form } = route;
  const t = STRINGS[locale];

  useEffect(() => {
    const onPop = () => setRoute(readRoute());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: Partial<Route>) => {
    setRoute((current) => {
      const r = { ...current, ...next };
      window.history.pushState(null, '', hrefOf(r));
      return r;
    });
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t.forms[form]} · ${t.title}`;
  }, [locale, form, t]);

  // Who is signed in (undefined until the server says): drafts are kept per user, so
  // the next person on a shared computer never sees them; the form waits for it.
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  useEffect(() => {
    const c = new AbortController();
    // A 401 seen meanwhile (setMe(null)) wins over an answer that was already on its way.
    fetchMe(c.signal).then(
      (who) => setMe((current) => (current === null ? null : who)),
      () => undefined,
    );
    return () => c.abort();
  }, []);
  const [signingOut, setSigningOut] = useState(false);
  const onSignOut = useCallback(async () => {
    // The form goes first (its pending autosave written now, not when the page is
    // left), then this user's drafts (a shared computer), then the session.
    flushSync(() => setSigningOut(true));
    await new Promise((done) => setTimeout(done, 0));
    if (me) await import('@city-forms/react/leave').then((m) => m.clearDrafts({ user: me.id })).catch(() => undefined);
    await signOut().catch(() => undefined);
    window.location.assign('/login');
  }, [me]);

  // Cities: the server's list (with the custom city). Until it is in, a seed city
  // named in the URL is shown already (its name from its profile); if the list
  // cannot be had, the seed cities only.
  const [list, setList] = useState<CityEntry[] | null>(null);
  const [citiesError, setCitiesError] = useState<string | null>(null);
  // Fetched once, when the page opens (its error worded in the locale of that moment).
  const [openingLocale] = useState(locale);
  useEffect(() => {
    const c = new AbortController();
    fetchCities(openingLocale, c.signal).then(
      (cities) => setList(cities),
      (err: unknown) => {
        if (c.signal.aborted) return;
        const error = message(err);
        const fallback = SEED_CITY_IDS.map((id) => ({ id, name: { 'zh-CN': id, en: id } }));
        loadSeedCities().then(
          (seeds) => (setList(seeds), setCitiesError(error)),
          () => (setList(fallback), setCitiesError(error)),
        );
      },
    );
    return () => c.abort();
  }, [openingLocale]);

  const listed = list?.find((c) => c.id === route.city);
  const entry: { id: string; name?: CityEntry['name']; profile?: CityProfileInput } | undefined =
    listed ?? (list === null && isSeedCity(route.city) ? { id: route.city } : undefined);
  const entryId = entry?.id;
  useEffect(() => {
    // An unknown city in the URL: fall back to the first one once the list is known.
    if (entryId === undefined && list !== null && list.length > 0) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- a one-off correction once the server's list is in: the URL (browser history) and the route change together
      setRoute((r) => {
        const next = { ...r, city: list[0]!.id };
        window.history.replaceState(null, '', hrefOf(next));
        return next;
      });
    }
  }, [entryId, list]);

  // What the forms render: a built-in city by id, a city of the server's profiles
  // folder from the profile in its list. What is posted is always the id. Each
  // loaded on demand, as are the form and English.
  const city = entry ? (entry.profile ?? entry.id) : undefined;
  const cityKey = city === undefined ? null : typeof city === 'string' ? `city:${city}` : `profile:${entry!.id}`;
  const profileLoad = useLoaded(cityKey, () => loadProfile(city!));
  const profile = profileLoad?.value ?? null;
  const formLoad = useLoaded(`form:${form}`, () => FORM_LOADERS[form]() as Promise<FormComponents[PortalForm]>);
  const localeLoad = useLoaded(locale === 'zh-CN' ? null : `locale:${locale}`, () => loadLocale(locale));
  // A form showing stays in its language (and keeps what was typed) until the new one is there.
  const [formLocale, setFormLocale] = useState<Locale | null>(null);
  if ((locale === 'zh-CN' || (localeLoad !== null && localeLoad.error === null)) && formLocale !== locale) setFormLocale(locale);
  const cityName = entry?.name?.[locale] ?? profile?.name[locale];

  // Submitting: the server validates again; a rejection keeps the form's values.
  const [refreshToken, setRefreshToken] = useState(0);
  const [accepted, setAccepted] = useState<{ id: string; key: string } | null>(null);
  const [nonce, setNonce] = useState(0);
  const formKey = `${me?.id ?? ''}:${route.city}:${form}:${nonce}`;
  // Another form (city, form or "submit another") drops the last acceptance notice.
  const [acceptedFor, setAcceptedFor] = useState(formKey);
  if (acceptedFor !== formKey) {
    setAcceptedFor(formKey);
    setAccepted(null);
  }

  const onSubmit = useCallback(
    async (data: unknown) => {
      if (entryId === undefined) return;
      const res = await submitForm(form, { city: entryId, data, locale }).catch((err: unknown) => {
        // The session ended (expired, signed out elsewhere): the header offers 登录; the form keeps its values.
        if (err instanceof ApiError && err.status === 401) setMe(null);
        throw err;
      });
      setAccepted({ id: res.id, key: formKey });
      setRefreshToken((n) => n + 1);
    },
    [entryId, form, locale, formKey],
  );
  const loadAbsences = useCallback(
    (range: { from: string; to: string }, { signal }: { signal: AbortSignal }): Promise<Absence[]> => fetchAbsences({ ...range, city: route.city }, signal),
    [route.city],
  );

  const source = profile ? profile.sources[profile.id]?.title : undefined;
  // The form shows once its component, its city and its language are there.
  const loadError = formLoad?.error ?? profileLoad?.error ?? (formLocale === null ? localeLoad?.error : null) ?? null;
  const component = formLoad?.value;
  const shown =
    component && city !== undefined && profileLoad !== null && formLocale !== null && me !== undefined && !signingOut
      ? {
          form,
          Leave: component as FormComponents['leave'],
          Agenda: component as FormComponents['agenda'],
          Document: component as FormComponents['document'],
          props: { city, locale: formLocale, draftKey: `city-forms-portal:${route.city}:${form}`, draftUser: me?.id, onSubmit },
        }
      : null;

  return (
    <div className="portal">
      <a className="portal-skip" href="#main">
        {t.skip}
      </a>
      <header className="portal-header">
        <div className="portal-header__inner">
          <div className="portal-brand">
            <span className="portal-emblem" aria-hidden="true">
              政
            </span>
            <div>
              <p className="portal-title">{t.title}</p>
              <p className="portal-subtitle">{t.subtitle}</p>
            </div>
          </div>
          <div className="portal-tools">
            <label className="portal-field">
              <span className="portal-field__label">{t.city}</span>
              <select className="portal-select" value={entry ? route.city : ''} onChange={(e) => navigate({ city: e.target.value })}>
                {entry ? null : <option value="">…</option>}
                {list === null && entry ? <option value={entry.id}>{cityName ?? '…'}</option> : null}
                {(list ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name[locale]}
                  </option>
                ))}
              </select>
            </label>
            <div className="portal-lang" role="group" aria-label={t.language}>
              {(['zh-CN', 'en'] as const).map((l) => (
                <button key={l} type="button" className="portal-lang__option" aria-pressed={locale === l} lang={l} onClick={() => navigate({ locale: l })}>
                  {l === 'zh-CN' ? '中文' : 'English'}
                </button>
              ))}
            </div>
            {me ? (
              <div className="portal-account" role="group" aria-label={t.account}>
                <span className="portal-account__name">{me.name}</span>
                <button type="button" className="portal-linkbutton" onClick={() => void onSignOut()}>
                  {t.signOut}
                </button>
              </div>
            ) : me === null ? (
              <a className="portal-linkbutton" href={loginHref()}>
                {t.signIn}
              </a>
            ) : (
              // Until /api/me answers, the account's place is kept (hidden), so the header
              // does not grow under the page when it comes (no layout shift on a phone).
              <div className="portal-account portal-account--pending" aria-hidden="true">
                <span className="portal-account__name">{'\u00a0'}</span>
                <span className="portal-linkbutton">{t.signOut}</span>
              </div>
            )}
          </div>
        </div>
      </header>
      <nav className="portal-nav" aria-label={t.nav}>
        <ul className="portal-nav__list">
          {PORTAL_FORMS.map((f) => (
            <li key={f}>
              <a
                className="portal-nav__link"
                href={hrefOf({ ...route, form: f })}
                aria-current={f === form ? 'page' : undefined}
                onClick={(e: MouseEvent<HTMLAnchorElement>) => {
                  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  navigate({ form: f });
                }}
              >
                {t.forms[f]}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <main id="main" className="portal-main" tabIndex={-1}>
        {citiesError ? (
          <p className="portal-alert" role="status">
            {t.citiesFailed}
            {citiesError}
          </p>
        ) : null}
        <div className="portal-layout">
          <section className="portal-content" aria-labelledby="portal-heading">
            <p className="portal-crumb">{cityName ?? '…'}</p>
            <h1 id="portal-heading" className="portal-heading">
              {t.forms[form]}
            </h1>
            <p className="portal-intro">{t.formIntro[form]}</p>
            {source ? (
              <p className="portal-basis">
                {t.basis}：《{source}》
              </p>
            ) : cityKey !== null && profileLoad === null ? (
              // The profile is on its way: its line is kept free, so nothing below moves when it comes.
              <p className="portal-basis" aria-hidden="true">
                {'\u00a0'}
              </p>
            ) : null}
            {accepted && accepted.key === formKey ? (
              <div className="portal-success" role="status">
                <span>{t.accepted(accepted.id.slice(0, 8))}</span>
                <button type="button" className="portal-button" onClick={() => setNonce((n) => n + 1)}>
                  {t.another}
                </button>
              </div>
            ) : null}
            <div className={shown ? 'portal-card' : 'portal-card portal-card--loading'}>
              {loadError ? (
                <p className="portal-alert" role="alert">
                  {t.formFailed}
                  {loadError}
                </p>
              ) : !shown ? (
                <p className="portal-muted">{t.formLoading}</p>
              ) : shown.form === 'leave' ? (
                <shown.Leave key={formKey} {...shown.props} loadAbsences={loadAbsences} />
              ) : shown.form === 'agenda' ? (
                <shown.Agenda key={formKey} {...shown.props} />
              ) : (
                <shown.Document key={formKey} {...shown.props} />
              )}
            </div>
          </section>
          <aside className="portal-aside" aria-labelledby="portal-submitted">
            <Submitted city={route.city} profile={profile} locale={locale} t={t} refreshToken={refreshToken} onSignedOut={() => setMe(null)} />
          </aside>
        </div>
      </main>
      <footer className="portal-footer">
        <p>{t.footer}</p>
      </footer>
    </div>
  );
}

/** The "已提交" list: what the server stored for this city, newest first. */
function Submitted(props: {
  city: string;
  profile: ResolvedProfile | null;
  locale: Locale;
  t: PortalStrings;
  refreshToken: number;
  /** The server answered 401: nobody is signed in any more. */
  onSignedOut: () => void;
}) {
  const { city, profile, locale, t, refreshToken } = props;
  const onSignedOut = useLatestRef(props.onSignedOut);
  const [again, setAgain] = useState(0);
  // The answer to one request (city, locale, a new submission, 刷新): until the current request
  // is answered the list is loading, the previous items still shown and no error.
  const request = `${city}\n${locale}\n${refreshToken}\n${again}`;
  const [answer, setAnswer] = useState<{ request: string | null; items: Submission[] | null; error: string | null }>({
    request: null,
    items: null,
    error: null,
  });
  useEffect(() => {
    const c = new AbortController();
    fetchSubmissions({ city, limit: 20 }, locale, c.signal).then(
      (items) => setAnswer({ request, items, error: null }),
      (err: unknown) => {
        if (c.signal.aborted) return;
        if (err instanceof ApiError && err.status === 401) onSignedOut.current();
        setAnswer({ request, items: null, error: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => c.abort();
  }, [request, city, locale, onSignedOut]);
  const loading = answer.request !== request;
  const state = { items: answer.items, error: loading ? null : answer.error, loading };

  return (
    <>
      <div className="portal-aside__head">
        <h2 id="portal-submitted" className="portal-aside__title">
          {t.submittedTitle}
          {state.items ? <span className="portal-count">{state.items.length}</span> : null}
        </h2>
        <button type="button" className="portal-linkbutton" onClick={() => setAgain((n) => n + 1)}>
          {t.refresh}
        </button>
      </div>
      {state.error ? (
        <p className="portal-alert" role="status">
          {t.submittedFailed}
          {state.error}
        </p>
      ) : state.items === null ? (
        <p className="portal-muted">{t.submittedLoading}</p>
      ) : state.items.length === 0 ? (
        <p className="portal-muted">{t.submittedEmpty}</p>
      ) : (
        <ol className="portal-submissions" aria-busy={state.loading || undefined}>
          {state.items.map((s) => (
            <li key={s.id} className="portal-submission">
              <span className={`portal-tag portal-tag--${s.form}`}>{formName(t, s.form)}</span>
              <span className="portal-submission__title">{summary(s, profile, locale)}</span>
              {detail(s, t) ? <span className="portal-submission__meta">{detail(s, t)}</span> : null}
              <span className="portal-submission__meta">
                <time dateTime={s.createdAt}>{shanghaiTime(s.createdAt)}</time> · {t.reference} {s.id.slice(0, 8)}
              </span>
              {/* The server's printable sheet of this record (请假（外出报备）审批单…), in a tab of its own. */}
              {(PORTAL_FORMS as readonly string[]).includes(s.form) ? (
                <a
                  className="portal-submission__sheet"
                  href={`/submissions/${encodeURIComponent(s.id)}/sheet?locale=${locale}`}
                  target="_blank"
                  rel="noopener"
                  aria-label={`${t.printSheet} ${t.reference} ${s.id.slice(0, 8)}`}
                >
                  {t.printSheet}
                </a>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** A stored submission's form in the portal's words (its id for a form the portal does not offer). */
function formName(t: PortalStrings, form: string): string {
  return (PORTAL_FORMS as readonly string[]).includes(form) ? t.forms[form as PortalForm] : form;
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function summary(s: Submission, profile: ResolvedProfile | null, locale: Locale): string {
  const d = s.data;
  if (s.form === 'leave') {
    const role = profile?.roles[text(d['applicantRole'])]?.[locale] ?? '';
    return [text(d['applicantName']), role].filter(Boolean).join(' · ');
  }
  return text(d['title']);
}

function detail(s: Submission, t: PortalStrings): string {
  const d = s.data;
  if (s.form === 'leave' && d['startDate'] && d['endDate']) return t.dates(text(d['startDate']), text(d['endDate']));
  if (s.form === 'agenda') return [text(d['submittingUnit']), text(d['meetingDate'])].filter(Boolean).join(' · ');
  if (s.form === 'document') return text(d['senderUnit']);
  return '';
}

/** An ISO instant as Beijing time, e.g. 2026-11-23 10:00. */
export function shanghaiTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
