/**
 * Pieces of the per-form docs pages: the theming variables (read from the kit's
 * own stylesheet, so the table cannot drift from it), the embedding snippet and
 * links to each city's stories.
 * @module
 */
import { resolveCity } from '@city-forms/rules';
import { Source } from '@storybook/addon-docs/blocks';
import { storyNameFromExport, toId } from 'storybook/internal/csf';
import type { CSSProperties } from 'react';
import css from '@city-forms/react/styles.css?raw';
import { CITIES, FORM_INFO, formTitle, violationsOf, type UiFormId } from '../names';

const cell: CSSProperties = { border: '1px solid #b1b4b6', padding: '6px 8px', verticalAlign: 'top', textAlign: 'left' };
const head: CSSProperties = { ...cell, background: '#f3f2f1' };

/** The `--cf-*` custom properties declared on `.cf-root`, with their defaults and the comment above each, if any. */
export function themeVariables(source: string = css): { name: string; value: string }[] {
  const block = /\.cf-root\s*\{([^}]*)\}/.exec(source)?.[1] ?? '';
  return [...block.matchAll(/(--cf-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => ({ name: m[1]!, value: m[2]!.trim() }));
}

const USE: Record<string, string> = {
  '--cf-font': '字体 Font stack',
  '--cf-text': '正文颜色 Text colour',
  '--cf-muted': '次要文字（提示、选填） Secondary text (hints)',
  '--cf-bg': '背景 Background',
  '--cf-border': '输入框与对话框边框 Input and dialog borders',
  '--cf-accent': '链接、链接按钮、提示条 Links, link buttons, notices',
  '--cf-accent-text': '主按钮与“已提交”面板的文字 Text on the primary button and the submitted panel',
  '--cf-error': '错误（摘要边框、字段错误） Errors (summary border, field errors)',
  '--cf-warning': '警示提示条 Warning notices',
  '--cf-success': '主按钮（继续、确认提交）与“已提交”面板 Primary button and the submitted panel',
  '--cf-focus': '键盘焦点 Keyboard focus',
  '--cf-radius': '圆角 Corner radius',
  '--cf-space': '间距单位 Spacing unit',
  '--cf-input-width-s': '短输入框（日期） Short inputs (dates)',
  '--cf-input-width-m': '中等输入框（姓名） Medium inputs (names)',
  '--cf-input-width-l': '长输入框 Long inputs',
};

/** The theming variables table. */
export function ThemeVariables() {
  const vars = themeVariables();
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 14 }}>
      <caption style={{ textAlign: 'left', padding: '4px 0' }}>
        主题变量（声明于 <code>.cf-root</code>）· Theming variables (declared on <code>.cf-root</code>)
      </caption>
      <thead>
        <tr>
          <th scope="col" style={head}>变量 Variable</th>
          <th scope="col" style={head}>默认值 Default</th>
          <th scope="col" style={head}>用途 Used for</th>
        </tr>
      </thead>
      <tbody>
        {vars.map((v) => (
          <tr key={v.name}>
            <th scope="row" style={cell}>
              <code>{v.name}</code>
            </th>
            <td style={cell}>
              <code>{v.value}</code>
            </td>
            <td style={cell}>{USE[v.name] ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** How a portal embeds the form. */
export function EmbedSnippet({ form }: { form: UiFormId }) {
  const c = FORM_INFO[form].component;
  const code = `import { CityFormsProvider, ${c} } from '@city-forms/react';
// or only this form: import { ${c} } from '@city-forms/react/${form}';
import '@city-forms/react/styles.css';

export function ${c}Page() {
  return (
    <CityFormsProvider city="fushun" locale="zh-CN">
      <${c}
        className="my-portal-form"
        draftKey="${form}"${form === 'leave' ? `
        loadAbsences={({ from, to }, { signal }) =>
          fetch(\`/api/absences?from=\${from}&to=\${to}\`, { signal }).then((r) => r.json())
        }` : ''}
        onSubmit={async (data, result) => {
          // data: cleaned and validated; result.derived: route, deadlines, who signs
          const r = await fetch('/api/${form}', { method: 'POST', body: JSON.stringify(data) });
          if (!r.ok) throw new Error(await r.text()); // the form keeps every value and shows this
        }}
      />
    </CityFormsProvider>
  );
}

/* Theme: the variables live on .cf-root, so override them there. */
/* .my-portal-form.cf-root { --cf-success: #8a1538; --cf-accent: #8a1538; --cf-font: 'Source Han Sans SC', sans-serif; } */`;
  return <Source code={code} language="tsx" dark />;
}

/** Links to every city's stories of a form, with how many rules each city has. */
export function CityStories({ form }: { form: UiFormId }) {
  return (
    <ul>
      {CITIES.map((city) => {
        const p = resolveCity(city);
        const n = violationsOf(form, city).length;
        const id = toId(formTitle(form, city), storyNameFromExport('Empty'));
        return (
          <li key={city}>
            <a href={`./?path=/story/${id}`} target="_top">
              {p.name['zh-CN']} · {p.name.en}
            </a>
            ：{n} 条规则 rules, {n} 个规则示例 rule stories
          </li>
        );
      })}
    </ul>
  );
}
