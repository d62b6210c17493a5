/**
 * Issue 11 §2: each finding of the article-by-article reading as table rows. A row
 * starts from a city's valid fixture, changes what the finding is about, and says
 * which rule must fire (with the article it must cite and, where the finding is about
 * wording, words its message must or must not hold) or must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { validate, type FormId } from '../src/index.js';
import { FIXTURES } from '../src/fixtures/index.js';
import type { ValidationContext } from '../src/rule.js';

type City = keyof typeof FIXTURES;
interface Row {
  finding: string;
  city: City | 'sixth';
  form: FormId;
  patch: Record<string, unknown>;
  today?: string;
  context?: ValidationContext;
  /** The rule that must fire, its article (and source when not the city), severity, words in its message. */
  fires?: { code: string; article: string; source?: string; severity?: 'error' | 'warning'; says?: RegExp; saysNot?: RegExp; path?: (string | number)[] };
  /** Rules that must not fire. */
  silent?: string[];
  /** What the derived results must hold. */
  derived?: (d: Record<string, unknown>) => void;
}

const CITIES = ['xianning', 'fushun', 'panzhihua', 'huarong', 'jining'] as const;
const REVIEWS = {
  legalReview: true,
  publicParticipation: true,
  expertReview: true,
  stabilityAssessment: true,
  integrityReview: true,
  fairCompetitionReview: true,
};

/** The article that makes 公众参与、专家论证、风险评估、合法性审查 the statutory steps of a 重大决策. */
const STATUTORY = { xianning: '二十四', fushun: '二十二', panzhihua: '二十七', huarong: '二十三', jining: '二十六' } as const;
/** The shared sentence "涉及重大公共利益和公众权益、容易引发社会稳定问题的，要进行社会稳定风险评估…听取各方面意见". */
const SHARED = { xianning: '二十七', fushun: '二十五', panzhihua: '二十九', huarong: '二十五', jining: '二十八' } as const;
/** Where each city asks a legality review of normative documents. */
const NORMATIVE_LEGAL = { xianning: '四十九', fushun: '十九', panzhihua: '二十三', huarong: '二十一', jining: '四十八' } as const;
/** Where each city asks a legality review of a 重大决策 (xianning 四十六 "重大事项未经合法性审查…不上会", panzhihua 二十九 "进行合法性…论证评估"; jining: every item, 四十八). */
const DECISION_LEGAL = { xianning: '四十六', fushun: '二十六', panzhihua: '二十九', huarong: '二十三', jining: '四十八' } as const;

const rows: Row[] = [
  ...CITIES.flatMap((city): Row[] => [
    {
      finding: 'same sentence, same trigger: a public-interest item needs the stability assessment',
      city,
      form: 'agenda',
      patch: { publicInterest: true, publicParticipation: true, stabilityAssessment: false },
      fires: { code: 'agenda.stability-assessment-missing', article: SHARED[city], says: /公共利益/ },
    },
    {
      finding: 'same sentence, same trigger: an item that may cause stability problems needs the hearing',
      city,
      form: 'agenda',
      patch: { stabilityRisk: true, stabilityAssessment: true, publicParticipation: false },
      fires: { code: 'agenda.public-participation-missing', article: SHARED[city], says: /社会稳定/ },
    },
    ...(['publicParticipation', 'expertReview', 'stabilityAssessment', 'legalReview'] as const).map((step): Row => ({
      finding: `the statutory steps of a 重大决策: ${step}`,
      city,
      form: 'agenda',
      patch: { majorDecision: true, ...REVIEWS, [step]: false },
      fires: {
        code: {
          publicParticipation: 'agenda.public-participation-missing',
          expertReview: 'agenda.expert-review-missing',
          stabilityAssessment: 'agenda.stability-assessment-missing',
          legalReview: 'agenda.legal-review-missing',
        }[step],
        article: step === 'legalReview' ? DECISION_LEGAL[city] : STATUTORY[city],
        path: [step],
        // Messages say what triggered them: a 重大决策, not a 重大投资.
        ...(step === 'legalReview' && city === 'jining' ? {} : { says: /重大决策/, saysNot: /重大投资/ }),
      },
    })),
    {
      finding: 'normative documents need a legality review in every city',
      city,
      form: 'agenda',
      patch: { normativeDocument: true, ...REVIEWS, legalReview: false },
      fires: { code: 'agenda.legal-review-missing', article: NORMATIVE_LEGAL[city], path: ['legalReview'] },
    },
  ]),
  ...CITIES.map((city): Row => ({
    finding: '会签 is for 请示: a 报告 that touches other departments needs no countersigning',
    city,
    form: 'document',
    patch: { docType: 'report', matters: [], involvesOtherUnits: true, countersigners: [] },
    silent: ['document.countersign-missing'],
  })),
  ...(['xianning', 'huarong'] as const).map((city): Row => ({
    finding: 'where the text asks only for 征求意见, the message does not say 会签',
    city,
    form: 'document',
    patch: { involvesOtherUnits: true, countersigners: [] },
    fires: { code: 'document.countersign-missing', article: city === 'xianning' ? '五十六' : '五十四', says: /征求/, saysNot: /会签/ },
  })),
  {
    finding: 'a sixth city: national 第十九条 asks to 征求意见 on any document type',
    city: 'sixth',
    form: 'document',
    patch: { docType: 'report', matters: [], involvesOtherUnits: true, countersigners: [] },
    fires: { code: 'document.countersign-missing', article: '十九', source: 'national', says: /征求/, saysNot: /会签/ },
  },
  ...(['xianning', 'fushun', 'panzhihua', 'huarong'] as const).map((city): Row => ({
    finding: 'national 第十七条: an internal division of a department may not send formal documents out',
    city,
    form: 'document',
    patch: { senderKind: 'internal-body' },
    fires: { code: 'document.internal-body-sender', article: '十七', source: 'national', path: ['senderKind'] },
  })),
  {
    finding: 'national 第十七条, restated by 济宁 六十二: one issue, not two',
    city: 'jining',
    form: 'document',
    patch: { senderKind: 'internal-body' },
    fires: { code: 'document.internal-body-sender', article: '六十二' },
    silent: ['document.ineligible-sender'],
  },
  {
    finding: 'a sixth city gets the national severities: 第十五条 "原则上主送一个上级机关" is a warning',
    city: 'sixth',
    form: 'document',
    patch: { primaryRecipients: ['市人民政府', '省发展改革委'] },
    fires: { code: 'document.multiple-primary-recipients', article: '十五', source: 'national', severity: 'warning' },
  },
  {
    finding: 'urgent escapes: 攀枝花 八十四 "因紧急事项临时外出的应当及时报告" is reported afterwards',
    city: 'panzhihua',
    form: 'leave',
    patch: { startDate: '2026-11-21', endDate: '2026-11-24', urgent: true, urgentReason: '赴成都处置钒钛企业安全生产事故' },
    silent: ['leave.retroactive', 'leave.notice-too-short'],
  },
  {
    finding: 'urgent escapes: an urgent absence still gives its reason',
    city: 'panzhihua',
    form: 'leave',
    patch: { startDate: '2026-11-21', endDate: '2026-11-24', urgent: true },
    fires: { code: 'leave.urgent-reason-missing', article: '八十四' },
    silent: ['leave.retroactive'],
  },
  {
    finding: 'urgent escapes: 华容 七十 "特殊情况应及时报告" (部门主要负责人)',
    city: 'huarong',
    form: 'leave',
    patch: { startDate: '2026-11-21', endDate: '2026-11-22', urgent: true, urgentReason: '防汛紧急抢险' },
    silent: ['leave.retroactive'],
  },
  {
    finding: 'urgent escapes: 华容 七十 gives the 副区长 no escape from "应事先报告区长"',
    city: 'huarong',
    form: 'leave',
    patch: { applicantRole: 'deputy', standInName: '王副区长', startDate: '2026-11-21', endDate: '2026-11-22', urgent: true, urgentReason: '防汛紧急抢险' },
    fires: { code: 'leave.retroactive', article: '七十' },
  },
  {
    finding: '抚顺 五十四 "不能同时离抚外出": an absence inside the city is not a pair',
    city: 'fushun',
    form: 'leave',
    patch: { applicantRole: 'deputy', portfolio: '工业', standInName: '孙副市长', leavesJurisdiction: false },
    context: { absences: [{ name: '周副秘书长', role: 'deputy-secretary-general', portfolio: '工业', startDate: '2026-12-02', endDate: '2026-12-04' }] },
    silent: ['leave.paired-absence'],
  },
  {
    finding: "抚顺 五十四: the other's absence recorded as inside the city is not a pair",
    city: 'fushun',
    form: 'leave',
    patch: { applicantRole: 'deputy', portfolio: '工业', standInName: '孙副市长' },
    context: {
      absences: [
        { name: '周副秘书长', role: 'deputy-secretary-general', portfolio: '工业', leavesJurisdiction: false, startDate: '2026-12-02', endDate: '2026-12-04' },
      ],
    },
    silent: ['leave.paired-absence'],
  },
  {
    finding: '抚顺 五十四: both leaving 抚顺 (or not known to stay) still pair',
    city: 'fushun',
    form: 'leave',
    patch: { applicantRole: 'deputy', portfolio: '工业', standInName: '孙副市长' },
    context: { absences: [{ name: '周副秘书长', role: 'deputy-secretary-general', portfolio: '工业', startDate: '2026-12-02', endDate: '2026-12-04' }] },
    fires: { code: 'leave.paired-absence', article: '五十四' },
  },
  {
    finding: '济宁 八 ties 补位 to "出市（出访）、休假": a 副市长 at a meeting inside the city names none',
    city: 'jining',
    form: 'leave',
    patch: { applicantRole: 'deputy', kind: 'meeting', leavesJurisdiction: false, standInName: '' },
    silent: ['leave.stand-in-missing'],
  },
  {
    finding: '济宁 八: a 副市长 on annual leave in the city names his 补位',
    city: 'jining',
    form: 'leave',
    patch: { applicantRole: 'deputy', kind: 'annual-leave', leavesJurisdiction: false, standInName: '' },
    fires: { code: 'leave.stand-in-missing', article: '八' },
  },
  ...(['deputy', 'secretary-general', 'member'] as const).map((role): Row => ({
    finding: `抚顺 五十五: a 9-day 因公出访 of a ${role} owes the written return report within 3 days`,
    city: 'fushun',
    form: 'leave',
    patch: { applicantRole: role, kind: 'visit-abroad', startDate: '2026-12-01', endDate: '2026-12-09', standInName: '孙副市长' },
    derived: (d) => expect(d['followUps']).toEqual([expect.objectContaining({ id: 'return-report', due: '2026-12-12' })]),
  })),
  {
    finding: '济宁 四十八 "与相关部门协调一致": an item with an unresolved disagreement does not pass',
    city: 'jining',
    form: 'agenda',
    patch: { consultations: [{ unit: '济宁市财政局', agreed: false, reasons: '资金来源未落实' }], leadProposal: '建议分年度安排资金' },
    fires: { code: 'agenda.consensus-missing', article: '四十八', path: ['consultations', 0, 'agreed'] },
  },
  ...(['xianning', 'huarong'] as const).map((city): Row => ({
    finding: 'where the text lets a stated disagreement go up (咸宁 四十六/四十九, 华容 四十六), it is not refused',
    city,
    form: 'agenda',
    patch: { consultations: [{ unit: '财政局', agreed: false, reasons: '资金来源未落实' }], leadProposal: '建议分年度安排资金' },
    silent: ['agenda.consensus-missing', 'agenda.disagreement-unstated'],
  })),
  ...(
    [
      ['xianning', 'department-head', 'meeting', '咸宁 七十三 "部门主要负责人离咸外出，应事先报告"'],
      ['huarong', 'department-head', 'meeting', '华容 七十 "各部门主要负责人离区外出"'],
      ['fushun', 'member', 'meeting', '抚顺 五十四 "离抚外出"'],
      ['panzhihua', 'department-head', 'meeting', '攀枝花 八十四 "部门主要负责人离攀外出"'],
      ['panzhihua', 'deputy', 'official-trip', '攀枝花 八十四 "副市长、秘书长离攀外出"'],
    ] as const
  ).map(([city, role, kind, words]): Row => ({
    finding: `own reading: ${words} — an absence inside the jurisdiction, entered afterwards, is not retroactive`,
    city,
    form: 'leave',
    patch: { applicantRole: role, kind, leavesJurisdiction: false, startDate: '2026-11-20', endDate: '2026-11-20', standInName: '李副市长' },
    silent: ['leave.retroactive'],
  })),
  ...(
    [
      ['fushun', 'member', 'annual-leave', '五十四'],
      ['panzhihua', 'deputy', 'personal', '八十四'],
      ['jining', 'department-head', 'meeting', '八十'],
    ] as const
  ).map(([city, role, kind, article]): Row => ({
    finding:
      'own reading: where the text asks for it whatever the place (休假, 因私离岗, 济宁 八十), an absence inside the city entered afterwards is retroactive',
    city,
    form: 'leave',
    patch: {
      applicantRole: role,
      kind,
      leavesJurisdiction: false,
      startDate: '2026-11-20',
      endDate: '2026-11-20',
      standInName: '李副市长',
      contactPhone: '13800000000',
    },
    fires: { code: 'leave.retroactive', article },
  })),
  ...(['legalReview', 'integrityReview', 'fairCompetitionReview'] as const).map((review): Row => ({
    finding: '华容 五十三 合法合规性审核、制度廉洁性评估、公平竞争审查 also on the document form',
    city: 'huarong',
    form: 'document',
    patch: { normativeDocument: true, legalReview: true, integrityReview: true, fairCompetitionReview: true, [review]: false },
    fires: {
      code: {
        legalReview: 'document.legal-review-missing',
        integrityReview: 'document.integrity-review-missing',
        fairCompetitionReview: 'document.fair-competition-review-missing',
      }[review],
      article: '五十三',
      path: [review],
    },
  })),
  ...(['fushun', 'huarong'] as const).map((city): Row => ({
    finding: 'no clause without words: expert review for a 重大投资 is not in 抚顺 二十二 / 华容 二十三',
    city,
    form: 'agenda',
    patch: { majorInvestment: true, expertReview: false },
    silent: ['agenda.expert-review-missing'],
  })),
  {
    finding: "no clause without words: 华容's agenda reviews of normative documents cite 二十一, not 五十三 (a 公文 article)",
    city: 'huarong',
    form: 'agenda',
    patch: { normativeDocument: true, ...REVIEWS, integrityReview: false },
    fires: { code: 'agenda.integrity-review-missing', article: '二十一' },
  },
];

describe('issue 11 findings', () => {
  it.each(rows.map((r) => [`${r.city} ${r.form}: ${r.finding}${r.fires ? ` → ${r.fires.code}` : ''}`, r] as const))('%s', (_, row) => {
    const fx = FIXTURES[row.city === 'sixth' ? 'fushun' : row.city][row.form];
    const data = { ...(fx.valid as Record<string, unknown>), ...row.patch };
    const city = row.city === 'sixth' ? 'national' : row.city;
    const r = validate(row.form, data, { city, today: row.today ?? fx.today, context: row.context ?? fx.context });
    if (row.fires) {
      const f = row.fires;
      const hits = r.issues.filter((i) => i.code === f.code);
      expect(
        hits.map((h) => h.code),
        JSON.stringify(r.issues.map((i) => i.code)),
      ).toContain(f.code);
      for (const hit of hits) {
        expect(hit.clause).toEqual({ source: f.source ?? city, article: f.article });
        expect(hit.severity).toBe(f.severity ?? 'error');
        if (f.says) expect(hit.message).toMatch(f.says);
        if (f.saysNot) expect(hit.message).not.toMatch(f.saysNot);
        if (f.path) expect(hit.path).toEqual(f.path);
      }
    }
    for (const code of row.silent ?? []) expect(r.issues.map((i) => i.code)).not.toContain(code);
    row.derived?.(r.derived as unknown as Record<string, unknown>);
  });
});
