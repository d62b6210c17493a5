/**
 * The printed sheet of a stored submission as an HTML page: `GET
 * /submissions/:id/sheet` renders the rules' sheet model (`sheetModel`, the same
 * model `<PrintableSheet>` renders) with `sheetPage`, linked to `/sheet.css` (the
 * kit's stylesheet), so the page prints on A4 under the server's CSP (no inline
 * script or style). Who may see it is the caller's rule (the record API's).
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  LAYOUTS,
  escapeHtml,
  resolveLocale,
  sheetModel,
  sheetPage,
  type LaidOutForm,
  type Locale,
  type ResolvedProfile,
  type ValidationResult,
} from '@city-forms/rules';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SubmissionRow } from './db.js';

/**
 * The kit's stylesheet (sheet styles included), read from the workspace's React package.
 * @example
 * ```ts
 * registerSheetRoutes(app, { ...routes, cssFile: SHEET_CSS_FILE });
 * ```
 */
export const SHEET_CSS_FILE = fileURLToPath(new URL('../../../packages/react/src/styles.css', import.meta.url));

/**
 * What the sheet routes need from the server.
 * @example
 * ```ts
 * const routes: SheetRoutes = { byId: (id) => store.byId(id), profile: (city) => resolveCity(city), authorize: async () => {} };
 * ```
 */
export interface SheetRoutes {
  byId(id: string): Promise<SubmissionRow | undefined>;
  /** The resolved profile of a stored record's city (built-in or configured), if the server still knows it. */
  profile(city: string): ResolvedProfile | undefined;
  /** Throws (an HTTP error with its status) when the requester may not read this record; resolves when they may. */
  authorize(request: FastifyRequest, row: SubmissionRow): Promise<void>;
  /** The kit's stylesheet file; default {@link SHEET_CSS_FILE}. */
  cssFile?: string | undefined;
}

/** A stored row as the validation result it was accepted with (data and derived from their columns). */
function resultOf(row: SubmissionRow): ValidationResult {
  const rest = JSON.parse(row.result) as Omit<ValidationResult, 'data' | 'derived'>;
  return {
    ...rest,
    derived: row.derived === null ? null : (JSON.parse(row.derived) as ValidationResult['derived']),
    data: JSON.parse(row.data) as ValidationResult['data'],
  };
}

function htmlError(reply: FastifyReply, status: number, message: string) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(message)}</title></head><body><p>${escapeHtml(message)}</p></body></html>`,
    );
}

/**
 * Register `GET /sheet.css` and `GET /submissions/:id/sheet` (`?locale=en` for
 * English where the server has it).
 * @example
 * ```ts
 * registerSheetRoutes(app, { byId: (id) => store.byId(id), profile: (city) => cities.profile(city), authorize: async (request, row) => { … } });
 * ```
 */
export function registerSheetRoutes(app: FastifyInstance, routes: SheetRoutes): void {
  const css = readFileSync(routes.cssFile ?? SHEET_CSS_FILE, 'utf8');
  app.get('/sheet.css', async (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(css));
  app.get<{ Params: { id: string }; Querystring: { locale?: unknown } }>('/submissions/:id/sheet', async (request, reply) => {
    const row = await routes.byId(request.params.id);
    if (!row) return htmlError(reply, 404, '没有这条提交记录 (no such submission)');
    await routes.authorize(request, row);
    const profile = routes.profile(row.city);
    if (!profile) return htmlError(reply, 404, `城市配置已不存在 (the city '${row.city}' is no longer configured)`);
    const locale: Locale = resolveLocale(typeof request.query.locale === 'string' ? request.query.locale : 'zh-CN');
    if (!Object.hasOwn(LAYOUTS, row.form)) return htmlError(reply, 404, `这类表单没有纸质审批单 (no printed sheet for '${row.form}')`);
    const form = row.form as LaidOutForm;
    const model = sheetModel(form, resultOf(row), profile, { locale, record: { id: row.id, submittedAt: row.created_at } });
    return reply
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(sheetPage(model, { stylesheet: '/sheet.css' }));
  });
}
