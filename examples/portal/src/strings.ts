/**
 * The portal's own words (the forms bring theirs).
 * @module
 */
import type { Locale } from '@city-forms/rules';
import type { PortalForm } from './lazy.js';

export interface PortalStrings {
  title: string;
  subtitle: string;
  skip: string;
  nav: string;
  forms: Record<PortalForm, string>;
  formIntro: Record<PortalForm, string>;
  city: string;
  language: string;
  basis: string;
  submittedTitle: string;
  submittedEmpty: string;
  submittedLoading: string;
  submittedFailed: string;
  /** A submitted record's link to its printable paper sheet (the server's /submissions/:id/sheet). */
  printSheet: string;
  retry: string;
  refresh: string;
  citiesFailed: string;
  formLoading: string;
  formFailed: string;
  accepted: (id: string) => string;
  another: string;
  dates: (from: string, to: string) => string;
  footer: string;
  reference: string;
  /** The signed-in user's box in the header. */
  account: string;
  signOut: string;
  signIn: string;
}

export const STRINGS: Record<Locale, PortalStrings> = {
  'zh-CN': {
    title: '城市表单示例门户',
    subtitle: '地方政府工作规则 · 在线填报',
    skip: '跳到主要内容',
    nav: '表单',
    forms: { leave: '请销假', agenda: '议题申报', document: '公文报送' },
    formIntro: {
      leave: '市政府领导和组成人员外出、请假的报告与报备。',
      agenda: '向市政府会议申报审议议题。',
      document: '向市政府报送请示、报告等公文。',
    },
    city: '城市',
    language: '语言',
    basis: '依据',
    submittedTitle: '已提交',
    submittedEmpty: '暂无提交记录。',
    submittedLoading: '正在加载……',
    submittedFailed: '无法加载提交记录：',
    printSheet: '打印审批单',
    retry: '重试',
    refresh: '刷新',
    citiesFailed: '无法从服务器加载城市列表，仅显示内置城市：',
    formLoading: '正在加载表单……',
    formFailed: '无法加载表单，请检查网络后刷新页面：',
    accepted: (id) => `服务器已受理，编号 ${id}。`,
    another: '再填一份',
    dates: (from, to) => `${from} 至 ${to}`,
    footer: '示例门户，仅供演示，数据保存在本机。',
    reference: '编号',
    account: '当前用户',
    signOut: '退出登录',
    signIn: '登录',
  },
  en: {
    title: 'City Forms Demo Portal',
    subtitle: 'Local government work rules · online forms',
    skip: 'Skip to main content',
    nav: 'Forms',
    forms: { leave: 'Leave', agenda: 'Agenda item', document: 'Document' },
    formIntro: {
      leave: 'Report or request an absence of a city leader or government member.',
      agenda: 'Submit an item for a city government meeting.',
      document: 'Send a request, report or other document to the city government.',
    },
    city: 'City',
    language: 'Language',
    basis: 'Rules',
    submittedTitle: 'Submitted',
    submittedEmpty: 'Nothing submitted yet.',
    submittedLoading: 'Loading…',
    submittedFailed: 'Submissions could not be loaded: ',
    printSheet: 'Print sheet',
    retry: 'Try again',
    refresh: 'Refresh',
    citiesFailed: 'The city list could not be loaded from the server; showing the built-in cities only: ',
    formLoading: 'Loading the form…',
    formFailed: 'The form could not be loaded. Check the connection and reload the page: ',
    accepted: (id) => `Accepted by the server, reference ${id}.`,
    another: 'Fill in another',
    dates: (from, to) => `${from} to ${to}`,
    footer: 'A demo portal. Data stays on this machine.',
    reference: 'Ref.',
    account: 'Signed in',
    signOut: 'Sign out',
    signIn: 'Sign in',
  },
};
