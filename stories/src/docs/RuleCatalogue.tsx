/**
 * A city's rule catalogue, for policy staff checking the kit against their work
 * rules document: every rule of every form as `describeRules` reports it (code,
 * severity, article and citation, message in zh-CN and en), the words of the
 * document the rule comes from (the fixture's quote), and a link to the story
 * that breaks it.
 * @module
 */
import { FORM_IDS, describeRules, resolveCity, validate, type FormId, type Locale, type RuleEntry } from '@city-forms/rules';
import { FIXTURES } from '@city-forms/rules/fixtures';
import { storyNameFromExport, toId } from 'storybook/internal/csf';
import type { CSSProperties } from 'react';
import { FORMS, formTitle, storyExportName, type CityId, type UiFormId } from '../names';

const FORM_NAMES: Record<FormId, { 'zh-CN': string; en: string }> = {
  leave: { 'zh-CN': '请销假（外出报备）', en: 'Leave and absence report' },
  leaveReturn: { 'zh-CN': '销假报告', en: 'Return report' },
  agenda: { 'zh-CN': '会议议题申报', en: 'Agenda item submission' },
  document: { 'zh-CN': '公文报送', en: 'Document submission' },
};

const cell: CSSProperties = { border: '1px solid #b1b4b6', padding: '6px 8px', verticalAlign: 'top', textAlign: 'left', overflowWrap: 'anywhere' };
const head: CSSProperties = { ...cell, background: '#f3f2f1' };
const pre: CSSProperties = { whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: 12, margin: '4px 0 0' };
const example_: CSSProperties = { margin: '4px 0 0', color: '#505a5f' };

/** The message a user sees for the fixture that breaks the rule, in a locale. */
function example(form: FormId, city: CityId, code: string, locale: Locale): string | null {
  const fx = FIXTURES[city][form];
  const v = fx.violations[code];
  if (!v) return null;
  const issues = validate(form, v.data, { city, today: fx.today, locale, context: v.context ?? fx.context }).issues.filter((i) => i.code === code);
  return issues.map((i) => i.message).join(' / ') || null;
}

/** The rule's settings in this city (days of notice, roles…), or null when it has none. */
const params = (r: RuleEntry): string | null => {
  const p = r.params as Record<string, unknown> | null | undefined;
  return p && Object.keys(p).length > 0 ? JSON.stringify(p, null, 1) : null;
};

/** The story that breaks the rule, for the forms that have stories (a rules-only form such as leaveReturn has none). */
function storyHref(form: FormId, city: string, code: string): string | null {
  if (!(FORMS as readonly FormId[]).includes(form)) return null;
  return `./?path=/story/${toId(formTitle(form as UiFormId, city), storyNameFromExport(storyExportName(code)))}`;
}

/**
 * The rule table of one city, one section per form.
 * @example
 * ```tsx
 * <RuleCatalogue city="fushun" />
 * ```
 */
export function RuleCatalogue({ city }: { city: CityId }) {
  const profile = resolveCity(city);
  const all = describeRules({ city });
  return (
    <div lang="zh-CN">
      <p>
        {profile.name['zh-CN']}（{profile.name.en}）· profile <code>{profile.id}</code> v{profile.version} · {all.length} 条规则 rules ·{' '}
        {all.filter((r) => r.severity === 'error').length} 条为错误（阻止提交） errors block submission ·{' '}
        {all.filter((r) => r.severity === 'warning').length} 条为提醒 warnings do not
      </p>
      {FORM_IDS.map((form) => {
        const rules = all.filter((r) => r.form === form);
        const fixtures = FIXTURES[city][form];
        return (
          <section key={form} aria-labelledby={`rules-${city}-${form}`}>
            <h2 id={`rules-${city}-${form}`}>
              {FORM_NAMES[form]['zh-CN']} · {FORM_NAMES[form].en}（{rules.length}）
            </h2>
            <div style={{ overflowX: 'auto' }}>
              <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 14 }}>
                <caption style={{ textAlign: 'left', padding: '4px 0' }}>
                  {profile.name['zh-CN']} · {FORM_NAMES[form]['zh-CN']}：规则、依据与提示语 / rules, citations and messages
                </caption>
                <thead>
                  <tr>
                    <th scope="col" style={{ ...head, width: '18%' }}>代码 Code</th>
                    <th scope="col" style={{ ...head, width: '8%' }}>级别 Severity</th>
                    <th scope="col" style={{ ...head, width: '18%' }}>条款 Article</th>
                    <th scope="col" style={{ ...head, width: '16%' }}>原文 Source words</th>
                    <th scope="col" style={{ ...head, width: '20%' }}>提示语（中文）</th>
                    <th scope="col" style={{ ...head, width: '20%' }}>Message (English)</th>
                  </tr>
                </thead>
                <tbody>
                  {rules.map((r) => {
                    const v = fixtures.violations[r.code];
                    const zh = example(form, city, r.code, 'zh-CN');
                    const en = example(form, city, r.code, 'en');
                    const href = v ? storyHref(form, city, r.code) : null;
                    return (
                      <tr key={r.code} id={`rule-${city}-${r.code}`}>
                        <th scope="row" style={cell}>
                          <code>{r.code}</code>
                          <br />
                          <span>{r.title['zh-CN']}</span>
                          <br />
                          <span lang="en">{r.title.en}</span>
                          {href ? (
                            <>
                              <br />
                              <a href={href} target="_top">
                                示例 story
                              </a>
                            </>
                          ) : null}
                          {params(r) ? (
                            <details style={{ fontWeight: 400 }}>
                              <summary>参数 Params</summary>
                              <pre style={pre}>{params(r)}</pre>
                            </details>
                          ) : null}
                        </th>
                        <td style={cell}>{r.severity === 'error' ? '错误 error' : '提醒 warning'}</td>
                        <td style={cell}>
                          <strong>第{r.clause.article}条</strong>
                          <br />
                          {r.citation['zh-CN']}
                          <br />
                          <span lang="en">{r.citation.en}</span>
                        </td>
                        <td style={cell}>{v ? `“${v.quote}”` : '—'}</td>
                        <td style={cell}>
                          {r.message['zh-CN']}
                          {zh ? <p style={example_}>例：{zh}</p> : null}
                        </td>
                        <td style={cell} lang="en">
                          {r.message.en}
                          {en ? <p style={example_}>e.g. {en}</p> : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </div>
  );
}
