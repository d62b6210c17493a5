/**
 * The demo portal: a city switcher, a language switch, the three forms and the
 * list of what the server accepted. State lives in the URL (?city=&form=&lang=).
 * @module
 */
import { AgendaForm, CityFormsProvider, DocumentSheet, LeaveForm } from '@city-forms/react';
import { BUILT_IN_PROFILES, CITY_IDS, FORM_IDS, resolveCity, type Absence, type FormId, type Locale, type ResolvedProfile } from '@city-forms/rules';
import { useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { fetchAbsences, fetchCities, fetchSubmissions, submitForm, type CityEntry, type Submission } from './api.js';
import { STRINGS, type PortalStrings } from './strings.js';

interface Route {
  city: string;
  form: FormId;
  locale: Locale;
}

const BUILT_IN_CITIES: CityEntry[] = CITY_IDS.map((id) => ({ id, name: BUILT_IN_PROFILES[id]!.name }));

export function readRoute(search: string = typeof location === 'undefined' ? '' : location.search): Route {
  const q = new URLSearchParams(search);
  const form = q.get('form');
  return {
    city: q.get('city') || 'fushun',
    form: (FORM_IDS as readonly string[]).includes(form ?? '') ? (form as FormId) : 'leave',
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

  // Cities: the built-in ones at once, then the server's list (with the custom city).
  const [cities, setCities] = useState<CityEntry[]>(BUILT_IN_CITIES);
  const [citiesStatus, setCitiesStatus] = useState<{ loading: boolean; error: string | null }>({ loading: true, error: null });
  // Fetched once, when the page opens (its error worded in the locale of that moment).
  const [openingLocale] = useState(locale);
  useEffect(() => {
    const c = new AbortController();
    fetchCities(openingLocale, c.signal).then(
      (list) => {
        setCities(list);
        setCitiesStatus({ loading: false, error: null });
      },
      (err: unknown) => {
        if (c.signal.aborted) return;
        setCitiesStatus({ loading: false, error: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => c.abort();
  }, [openingLocale]);

  const entry = cities.find((c) => c.id === route.city);
  useEffect(() => {
    // An unknown city in the URL: fall back to the first one once the list is known.
    if (!entry && !citiesStatus.loading) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- a one-off correction once the server's list is in: the URL (browser history) and the route change together
      setRoute((r) => {
        const next = { ...r, city: cities[0]!.id };
        window.history.replaceState(null, '', hrefOf(next));
        return next;
      });
    }
  }, [entry, citiesStatus.loading, cities]);

  // What the forms render: a built-in city by id, a city of the server's profiles
  // folder from the profile in its list. What is posted is always the id.
  const city = entry ? (entry.profile ?? entry.id) : undefined;
  const profile = useMemo<ResolvedProfile | null>(() => {
    if (city === undefined) return null;
    try {
      return resolveCity(city);
    } catch {
      return null;
    }
  }, [city]);

  // Submitting: the server validates again; a rejection keeps the form's values.
  const [refreshToken, setRefreshToken] = useState(0);
  const [accepted, setAccepted] = useState<{ id: string; key: string } | null>(null);
  const [nonce, setNonce] = useState(0);
  const formKey = `${route.city}:${form}:${nonce}`;
  // Another form (city, form or "submit another") drops the last acceptance notice.
  const [acceptedFor, setAcceptedFor] = useState(formKey);
  if (acceptedFor !== formKey) {
    setAcceptedFor(formKey);
    setAccepted(null);
  }

  const onSubmit = useCallback(
    async (data: unknown) => {
      if (entry === undefined) return;
      const res = await submitForm(form, { city: entry.id, data, locale });
      setAccepted({ id: res.id, key: formKey });
      setRefreshToken((n) => n + 1);
    },
    [entry, form, locale, formKey],
  );
  const loadAbsences = useCallback(
    (range: { from: string; to: string }, { signal }: { signal: AbortSignal }): Promise<Absence[]> => fetchAbsences({ ...range, city: route.city }, signal),
    [route.city],
  );

  const common = { draftKey: `city-forms-portal:${route.city}:${form}`, onSubmit };
  const source = profile ? profile.sources[profile.id]?.title : undefined;

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
                {cities.map((c) => (
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
          </div>
        </div>
      </header>
      <nav className="portal-nav" aria-label={t.nav}>
        <ul className="portal-nav__list">
          {FORM_IDS.map((f) => (
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
        {citiesStatus.error ? (
          <p className="portal-alert" role="status">
            {t.citiesFailed}
            {citiesStatus.error}
          </p>
        ) : null}
        <div className="portal-layout">
          <section className="portal-content" aria-labelledby="portal-heading">
            <p className="portal-crumb">{entry ? entry.name[locale] : '…'}</p>
            <h1 id="portal-heading" className="portal-heading">
              {t.forms[form]}
            </h1>
            <p className="portal-intro">{t.formIntro[form]}</p>
            {source ? (
              <p className="portal-basis">
                {t.basis}：《{source}》
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
            <div className="portal-card">
              {city === undefined ? (
                <p className="portal-muted">{t.submittedLoading}</p>
              ) : (
                <CityFormsProvider city={city} locale={locale}>
                  {form === 'leave' ? (
                    <LeaveForm key={formKey} {...common} loadAbsences={loadAbsences} />
                  ) : form === 'agenda' ? (
                    <AgendaForm key={formKey} {...common} />
                  ) : (
                    <DocumentSheet key={formKey} {...common} />
                  )}
                </CityFormsProvider>
              )}
            </div>
          </section>
          <aside className="portal-aside" aria-labelledby="portal-submitted">
            <Submitted city={route.city} profile={profile} locale={locale} t={t} refreshToken={refreshToken} />
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
function Submitted(props: { city: string; profile: ResolvedProfile | null; locale: Locale; t: PortalStrings; refreshToken: number }) {
  const { city, profile, locale, t, refreshToken } = props;
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
        setAnswer({ request, items: null, error: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => c.abort();
  }, [request, city, locale]);
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
              <span className={`portal-tag portal-tag--${s.form}`}>{t.forms[s.form]}</span>
              <span className="portal-submission__title">{summary(s, profile, locale)}</span>
              {detail(s, t) ? <span className="portal-submission__meta">{detail(s, t)}</span> : null}
              <span className="portal-submission__meta">
                <time dateTime={s.createdAt}>{shanghaiTime(s.createdAt)}</time> · {t.reference} {s.id.slice(0, 8)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
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
