import { data, gap, outside, rule, type Coverage } from './types.js';

const OFFICE = 'left to the office: the 区政府办公室 does it, not the submitting unit';
const MEETING = 'not checkable by a form: it is what the meeting does';

/**
 * 《鄂州市华容区人民政府工作规则（试行）》: 第二章 (who is who), 第四章/第五章 (what a
 * decision needs), 第八章 会议制度, 第九章 公文处理, 第十一章 七十 (请销假).
 * @example
 * ```ts
 * huarongCoverage.rows.length;
 * ```
 */
export const huarongCoverage: Coverage = {
  source: 'huarong',
  rows: [
    data('五', '区人民政府组成人员包括：区长、副区长、区政府办公室主任和区人民政府组成部门主任、局长', 'leave.applicantRoles'),
    outside(
      '六',
      '区长出差期间，受区长委托，由常务副区长或其他副区长主持区人民政府工作',
      'not checkable by a form: "受区长委托", the 区长 chooses (the form asks him for no stand-in)',
    ),
    rule('八', '互为AB角的副区长，一位外出期间，由另一位代行政务活动职责', 'leave.stand-in-missing'),
    gap('八', '副区长之间实行AB角互补工作制度', 'needs a directory (§3): which 副区长 is whose B角, to check the named stand-in'),
    outside('十九', '区司法局进行审查', 'left to the 司法局: the legality review of an item is agenda.legal-review-missing'),
    outside(
      '二十',
      '区人民政府所有规章、规范性文件草案应向社会公布，扩大公众参与，公开征求意见',
      "not encoded: a drafting step of the 区人民政府's own rules, not of a submitted item",
    ),
    gap(
      '二十一',
      '涉及群众切身利益、社会关注度高的事项，应当事先请示区人民政府',
      "not encoded: a department's own normative document, outside the three forms",
    ),
    rule(
      '二十一',
      '严格合法性审查、制度廉洁性评估、公平竞争审查',
      'agenda.legal-review-missing',
      'agenda.integrity-review-missing',
      'agenda.fair-competition-review-missing',
    ),
    gap('二十一', '有效期最长不得超过五年', "not encoded: no field for a normative document's period of validity"),
    rule(
      '二十三',
      '把调查研究、公众参与、专家论证、风险评估、合法性审查和集体讨论决定作为重大决策的法定程序',
      'agenda.public-participation-missing',
      'agenda.expert-review-missing',
      'agenda.stability-assessment-missing',
      'agenda.legal-review-missing',
    ),
    outside('二十三', '集体讨论决定', MEETING),
    data('二十四', '由区人民政府全体会议或常务会议讨论和决定', 'agenda.meetingKinds'),
    outside('二十五', '进行合法性、必要性、科学性、可行性和可控性评估论证', 'not checkable by a form: the quality of the assessment'),
    gap('二十五', '涉及相关部门的，应当充分协商', 'not encoded here: the consultation of an item is asked under 四十六 (agenda.consultation-missing)'),
    rule('二十五', '涉及各乡镇的，应当事先征求意见', 'agenda.local-consultation-missing'),
    rule('二十五', '涉及重大公共利益和公众权益、容易引发社会稳定问题的，要进行社会稳定风险评估', 'agenda.stability-assessment-missing'),
    rule('二十五', '并采取听证会等多种形式听取各方面意见', 'agenda.public-participation-missing'),
    data('四十一', '区人民政府实行区人民政府全体会议、常务会议、区长办公会议、专题会议和学习会制度', 'agenda.meetingKinds'),
    rule('四十六', '提请区人民政府全体会议和常务会议讨论的议题', 'agenda.meeting-kind'),
    rule('四十六', '由区人民政府分管领导同志协调或审核后提出', 'agenda.leader-approval-missing'),
    data('四十六', '由区人民政府分管领导同志协调或审核后提出，由区政府办公室汇总报区长确定', 'agenda.routes'),
    rule('四十六', '提交议题的部门会前应充分征求意见，与相关部门协调一致', 'agenda.consultation-missing'),
    rule('四十六', '须由主办部门附协调说明，列明各方理据，提出倾向性意见', 'agenda.disagreement-unstated'),
    rule('四十六', '协调一致后，有关部门主要负责人必须在会签意见上签字', 'agenda.countersign-missing'),
    rule('四十六', '凡事先未经协商、征求意见的议题，区政府办公室不予安排', 'agenda.consultation-missing'),
    data('四十五', '区人民政府学习会的主题，由区政府办公室协调提出，报区长确定', 'agenda.routes'),
    outside('四十七', '区政府办公室要加强审核把关', OFFICE),
    rule('四十八', '各部门主要负责人不能与会，会前必须向区政府办公室书面请假', 'agenda.presenter-not-head'),
    rule('四十八', '区人民政府各部门参加会议必须是主要负责人', 'agenda.presenter-not-head'),
    data('四十九', '区人民政府全体会议、常务会议和区长办公会议的纪要，由区长或常务副区长签发', 'document.signing'),
    data('四十九', '原则上须在会议结束后5个工作日内印发', 'agenda.minutes'),
    gap(
      '五十一',
      '以部门名义召开的全区性会议，主办部门应事先征得区人民政府分管领导同志同意，再正式向区人民政府报送请示',
      'not encoded: no form for a 全区性会议 request',
    ),
    gap(
      '五十三',
      '应当符合《党政机关公文处理工作条例》和《党政机关公文格式》的规定与要求',
      'needs the document elements (§3): 发文字号, 成文日期, 签发人 and the format of GB/T 9704',
    ),
    rule('五十三', '未经批准不得越级行文', 'document.skip-level'),
    rule('五十三', '不得多头报文', 'document.multiple-primary-recipients'),
    rule('五十三', '除区人民政府领导同志交办事项和必须直接报送的绝密事项外，一般不得直接向区人民政府领导同志个人报送公文', 'document.personal-addressee'),
    outside('五十三', '行文应当确有必要，讲求实效', 'not checkable by a form: a matter of judgement'),
    gap('五十三', '先按程序报区人民政府履行相关审议或审批程序', 'not encoded: no flag marks a draft for a 区委 meeting or a joint document'),
    rule(
      '五十三',
      '政府规章和规范性文件发布前，须进行合法合规性审核和制度廉洁性评估、公平竞争审查',
      'document.legal-review-missing',
      'document.integrity-review-missing',
      'document.fair-competition-review-missing',
    ),
    rule('五十四', '各部门报送区人民政府的请示性公文，涉及其他部门的，须事先征求相关部门意见', 'document.countersign-missing'),
    rule('五十四', '协商后仍不能取得一致意见的，主办部门应列出各方理据，提出办理建议', 'document.disagreement-unstated'),
    data('五十四', '一般应在收到文件之后7个工作日内回复', 'document.countersign'),
    data('五十四', '逾期不回复视为无不同意见', 'document.countersign'),
    gap('五十四', '除另有时限要求外', "needs a record (§3): the lead unit's own deadline and the date the unit received the document"),
    outside('五十五', '区政府办公室负责对公文内容、格式、行文必要性进行审核把关', OFFICE),
    data('五十六', '以区人民政府名义报市政府的请示、报告，以及涉及重大方针、政策的事项，由区长或常务副区长签发', 'document.signing'),
    data('五十六', '区人民政府人事任免公文，由区长签发', 'document.signing'),
    data('五十六', '以区人民政府名义下发的其他公文，一般由区人民政府分管领导同志签发', 'document.signing'),
    data('五十六', '以区政府办公室名义制发的公文，由区政府办公室主任签发', 'document.signing'),
    rule('五十七', '属部门职权范围内的事务，应由部门自行发文或联合发文的，不以区人民政府或区政府办公室名义发文', 'document.department-remit'),
    data('七十', '区长出差和休假，由区政府办公室向市委办公室、市政府办公室报告，并向区委办公室报备', 'leave.routes'),
    rule('七十', '副区长、区政府办公室主任出差和休假，应事先报告区长', 'leave.retroactive'),
    data('七十', '副区长、区政府办公室主任出差和休假，应事先报告区长，并向区委办公室报备', 'leave.routes'),
    data('七十', '区政府办公室副主任请假应向区政府办公室主任报告', 'leave.routes'),
    rule('七十', '区人民政府各部门主要负责人离区外出，应提前3天向区政府办公室报告', 'leave.notice-too-short', 'leave.retroactive'),
    rule('七十', '特殊情况应及时报告', 'leave.urgent-reason-missing', 'leave.notice-too-short', 'leave.retroactive'),
    data('七十', '请假批准后，应向区政府办公室报备', 'leave.routes'),
    outside('七十', '离开华容必须严格执行请销假和报备制度', 'not checkable beyond the 销假 report itself: the text sets no time or content for it'),
  ],
};
