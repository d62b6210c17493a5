/**
 * The portal's client of the demo server (`/api`, proxied by Vite in dev).
 * @module
 */
import type { Absence, CityProfileInput, FormId, Issue, Locale, Localized, ValidationResult } from '@city-forms/rules';

/**
 * One city of `GET /api/cities`; `profile` is set for a city the kit does not have
 * built in (a profile of the server's folder), to render its forms. A submission
 * names the city by `id` only: the server refuses profile objects.
 */
export interface CityEntry {
  id: string;
  name: Localized;
  profile?: CityProfileInput;
}

/** One stored submission of `GET /api/submissions`. */
export interface Submission {
  id: string;
  form: FormId;
  city: string;
  createdAt: string;
  data: Record<string, unknown>;
  derived: unknown;
}

/** What `POST /api/:form` answers with 201. */
export interface Accepted {
  ok: true;
  id: string;
  result: ValidationResult;
}

const TEXT = {
  'zh-CN': {
    rejected: '服务器审核未通过：',
    signedOut: '登录已失效，请重新登录（页面右上角“登录”）；您填写的内容已保留。',
    network: '无法连接服务器，请检查网络后重试。',
    status: (s: number) => `服务器返回错误（HTTP ${s}）。`,
    sep: '；',
  },
  en: {
    rejected: 'The server did not accept the submission: ',
    signedOut: 'You are no longer signed in. Sign in again (top right); what you entered is kept.',
    network: 'The server could not be reached. Check the connection and try again.',
    status: (s: number) => `The server answered with an error (HTTP ${s}).`,
    sep: '; ',
  },
} as const;

/**
 * An error answer of the server, with the issues it found (422) when any. Its
 * message is what the form shows to the person.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
    readonly issues: readonly Issue[] = [],
  ) {
    super(message);
  }
}

/** The message shown for a server's error answer (issue messages with their citations). */
export function errorMessage(status: number, body: unknown, locale: Locale): string {
  const t = TEXT[locale];
  const b = (typeof body === 'object' && body !== null ? body : {}) as { message?: unknown; issues?: unknown };
  const issues = Array.isArray(b.issues) ? (b.issues as Issue[]).filter((i) => i && i.severity === 'error') : [];
  if (status === 401) return t.signedOut;
  if (issues.length > 0) {
    return t.rejected + issues.map((i) => (i.citation ? `${i.message}（${i.citation}）` : i.message)).join(t.sep);
  }
  if (typeof b.message === 'string' && b.message) return b.message;
  return t.status(status);
}

async function call<T>(url: string, init: RequestInit, locale: Locale): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (err) {
    if (init.signal?.aborted) throw err;
    throw new ApiError(TEXT[locale].network, 0, 'network');
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? (JSON.parse(text) as unknown) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const b = (body ?? {}) as { code?: unknown; issues?: unknown };
    throw new ApiError(
      errorMessage(res.status, body, locale),
      res.status,
      typeof b.code === 'string' ? b.code : undefined,
      Array.isArray(b.issues) ? (b.issues as Issue[]) : [],
    );
  }
  return body as T;
}

/** The signed-in user (`GET /api/me`). */
export interface Me {
  id: string;
  name: string;
  roles: string[];
  city?: string;
  provider: string;
}

/**
 * Who is signed in: null when nobody is (401) or the server cannot say. The portal
 * keys drafts by the user's id and shows the name with a sign-out button.
 */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const res = await fetch('/api/me', { signal: signal ?? null, credentials: 'same-origin' });
    if (!res.ok) return null;
    const me = (await res.json()) as Partial<Me> | null;
    return me && typeof me.id === 'string' && typeof me.name === 'string' ? (me as Me) : null;
  } catch (err) {
    if (signal?.aborted) throw err;
    return null;
  }
}

/** End the session (`POST /auth/logout`, a JSON body like every POST of this server). */
export async function signOut(): Promise<void> {
  await fetch('/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', credentials: 'same-origin' });
}

/** Where to sign in and come back to this page. */
export function loginHref(): string {
  const here = typeof location === 'undefined' ? '/' : `${location.pathname}${location.search}`;
  return `/login?${new URLSearchParams({ next: here })}`;
}

/** The cities the server offers (the five built-in cities and those of its profiles folder). */
export function fetchCities(locale: Locale = 'zh-CN', signal?: AbortSignal): Promise<CityEntry[]> {
  return call<CityEntry[]>('/api/cities', { signal: signal ?? null }, locale);
}

/** Stored submissions of a city, newest first. */
export function fetchSubmissions(
  query: { city?: string; form?: FormId; limit?: number },
  locale: Locale = 'zh-CN',
  signal?: AbortSignal,
): Promise<Submission[]> {
  const q = new URLSearchParams();
  if (query.city) q.set('city', query.city);
  if (query.form) q.set('form', query.form);
  if (query.limit) q.set('limit', String(query.limit));
  return call<Submission[]>(`/api/submissions?${q}`, { signal: signal ?? null }, locale);
}

/** Accepted absences overlapping a date range (LeaveForm's `loadAbsences`). */
export function fetchAbsences(range: { from: string; to: string; city: string }, signal: AbortSignal): Promise<Absence[]> {
  const q = new URLSearchParams(range);
  return call<Absence[]>(`/api/absences?${q}`, { signal }, 'zh-CN');
}

// One Idempotency-Key per distinct submission, so a retry of the same submit (after
// a lost answer) is stored once; forgotten once the server accepted it.
const keys = new Map<string, string>();

function newKey(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * POST a form to the server. Throws an {@link ApiError} whose message lists the
 * server's issues (422) or its message, so the form keeps its values and shows it.
 */
export async function submitForm(form: FormId, body: { city: string; data: unknown; locale: Locale }): Promise<Accepted> {
  const payload = JSON.stringify(body);
  const fingerprint = `${form}\n${payload.replace(/"locale":"[^"]*"/, '')}`;
  const key = keys.get(fingerprint) ?? newKey();
  keys.set(fingerprint, key);
  const accepted = await call<Accepted>(
    `/api/${form}`,
    { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: payload },
    body.locale,
  );
  keys.delete(fingerprint);
  return accepted;
}
