/**
 * 简体中文 catalogue, part: What every form uses: the citation template, list separator, yes/no, the field.*, input.* and calendar.* messages and the route actions.
 * Always loaded.
 * @module
 */
import type { CataloguePart, LocaleCatalogue } from '../types.js';

/**
 * The zh-CN common part.
 * @example
 * ```ts
 * zhCNCommon.citation; // '依据《{title}》第{article}条'
 * ```
 */
export const zhCNCommon = {
  locale: 'zh-CN',
  citation: '依据《{title}》第{article}条',
  listSeparator: '、',
  colon: '：',
  notProvided: '未填写',
  yes: '是',
  no: '否',
  codes: {
    'field.required': { title: '必填项', message: '请填写{field}' },
    'field.invalid-type': { title: '类型不符', message: '{field}的格式不正确' },
    'field.too-long': { title: '内容过长', message: '{field}不能超过{max}个字' },
    'field.too-short': { title: '内容过短', message: '{field}至少需要{min}个字' },
    'field.too-many': { title: '条目过多', message: '{field}最多{max}项' },
    'field.too-few': { title: '条目过少', message: '{field}至少需要{min}项' },
    'field.invalid-date': { title: '日期无效', message: '{field}须为有效日期，格式为 年-月-日（如 2026-10-08）' },
    'field.invalid-option': { title: '选项无效', message: '{field}的选项“{value}”不在本市可选范围内' },
    'field.invalid': { title: '内容无效', message: '{field}的内容无效' },
    'field.invalid-phone': { title: '电话号码无效', message: '{field}只能包含数字、空格、+、-、括号和分机号（如 024-5762 1234 转 806）' },
    'field.control-character': { title: '含有控制字符', message: '{field}含有不可见的控制字符（如 NUL 或终端转义符），请删除后重新填写' },
    'field.malformed-text': { title: '字符编码无效', message: '{field}含有无效的字符（不成对的代理项），请重新输入' },
    'input.not-object': { title: '数据无效', message: '提交的数据须为一个 JSON 对象' },
    'input.unknown-city': { title: '未知城市', message: '未找到城市配置“{city}”' },
    'input.invalid-profile': { title: '城市配置无效', message: '城市配置无效：{problems}' },
    'input.unknown-form': { title: '未知表单', message: '未知表单“{form}”' },
    'input.invalid-today': { title: '当前日期无效', message: '当前日期“{today}”无效，格式应为 年-月-日' },
    'input.invalid-received-on': { title: '收文日期无效', message: '收文日期“{receivedOn}”无效，格式应为 年-月-日' },
    'input.invalid-options': { title: '校验选项无效', message: '校验选项须为一个对象，且至少包含 city' },
    'input.unreadable': { title: '数据无法读取', message: '{what, select, options {校验选项} context {校验上下文} other {提交的数据}}在读取时出错，无法校验' },
    'calendar.year-not-covered': {
      title: '节假日数据未覆盖',
      message:
        '{year}年的调休安排尚未纳入工作日历{coverage, select, statutory {（仅按法定节假日推算，未含调休）} other {（按普通周末推算）}}，涉及工作日的期限请人工核对',
    },
    'consent.after-record': { title: '同意日期晚于报送日期', message: '{field}（{on}）不能晚于报送日期（{recordDate}）' },
    'consent.by-missing': { title: '缺少同意人', message: '已填同意日期（{on}），请填写{field}' },
  },
  actions: { report: '报告', review: '审核', collect: '汇总', approve: '审批', decide: '确定', file: '报备', notify: '通报', preside: '主持' },
} as const satisfies CataloguePart & Pick<LocaleCatalogue, 'locale' | 'citation' | 'listSeparator' | 'colon' | 'notProvided' | 'yes' | 'no' | 'actions'>;
