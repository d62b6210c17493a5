import { data, gap, outside, rule, type Coverage } from './types.js';

const OFFICE = 'left to the office: the 市政府办公室 does it, not the submitting unit';
const MEETING = 'not checkable by a form: it is what the meeting does';

/**
 * 《攀枝花市人民政府工作规则》: 第二章 (who is who), 第四章/第五章 (what a decision needs),
 * 第八章 会议制度, 第九章 公文制度, 第十章 政务活动 (五十九, 六十一), 第十三章 八十四 (请销假).
 * @example
 * ```ts
 * panzhihuaCoverage.rows.length;
 * ```
 */
export const panzhihuaCoverage: Coverage = {
  source: 'panzhihua',
  rows: [
    data('四', '市政府由市长、副市长、秘书长，市政府各工作部门局（委、办）局长（主任）组成', 'leave.applicantRoles'),
    rule('十', '受市长委托，由负责常务工作的副市长代行市长职责', 'leave.stand-in-missing'),
    outside(
      '二十一',
      '提请市政府讨论的地方性法规草案和审议的政府规章草案，由司法局审查或组织起草',
      'left to the 司法局: the legality review of an item is agenda.legal-review-missing',
    ),
    outside('二十二', '政府规章的草案要公开征求意见', 'not encoded: a drafting step of regulations, not of a submitted item'),
    rule('二十三', '严格遵守法定权限和履行合法性审查等规定程序', 'agenda.legal-review-missing'),
    gap('二十三', '涉及公众权益、社会关注度高的事项等，应当事先请示市政府', "not encoded: a department's own normative document, outside the three forms"),
    rule(
      '二十七',
      '把公众参与、专家论证、风险评估、合法性审查、集体讨论决定作为重大行政决策的法定程序',
      'agenda.public-participation-missing',
      'agenda.expert-review-missing',
      'agenda.stability-assessment-missing',
    ),
    outside('二十七', '集体讨论决定', MEETING),
    data('二十八', '由市政府全体会议或常务会议讨论决定', 'agenda.meetingKinds'),
    rule('二十九', '进行合法性、必要性、科学性、可行性和可控性论证评估', 'agenda.legal-review-missing'),
    rule('二十九', '涉及相关部门的，应充分协商', 'agenda.consultation-missing'),
    rule('二十九', '涉及县（区）的，应事先征求意见', 'agenda.local-consultation-missing'),
    rule('二十九', '涉及重大公共利益和公众权益、容易引发社会稳定问题的，要进行社会稳定风险评估', 'agenda.stability-assessment-missing'),
    rule('二十九', '并采取听证会等多种形式听取各方面意见', 'agenda.public-participation-missing'),
    outside(
      '三十',
      '根据需要通过多种方式听取民主党派、决策咨询机构、专家学者、法律顾问、社会团体、企业、社会公众等方面的意见建议',
      "not checkable by a form: 根据需要, at the 市政府's discretion",
    ),
    data('四十', '市政府工作实行政府全体会议和政府常务会议制度。根据工作需要可召开市长办公会议、专题会议', 'agenda.meetingKinds'),
    rule('四十', '市政府工作实行政府全体会议和政府常务会议制度', 'agenda.meeting-kind'),
    outside('四十一', '市政府全体会议由市长召集和主持，一般每年召开3次', MEETING),
    rule('四十二', '由副市长、秘书长协调或审核后提出书面建议报市长确定', 'agenda.leader-approval-missing'),
    data('四十二', '提请市政府常务会议审议的议题由市长确定', 'agenda.routes'),
    outside('四十二', '议题和文件于会前送达与会人员', OFFICE),
    gap('四十三', '市政府各部门和各县（区）政府主要负责人不能参加会议，向市长请假，并指派人员代为参会', 'not encoded: no form for leave from a meeting'),
    data('四十三', '市政府全体会议、常务会议的纪要，由市政府办公室起草，按程序报市长签发', 'document.signing'),
    gap(
      '四十五',
      '会议纪要一般由会议召集人签发，或由委托召开会议的市政府领导签发',
      'not encoded: no signing category for 专题会议 minutes (the convener varies)',
    ),
    gap('四十六', '不邀请县（区）政府负责人出席，确需邀请的须报市政府批准', 'not encoded: no form for a 全市性会议 request'),
    gap('四十七', '应当符合《党政机关公文处理工作条例》的规定', 'needs the document elements (§3): 发文字号, 成文日期, 签发人 and the format of GB/T 9704'),
    rule('四十七', '未经批准不得越级行文', 'document.skip-level'),
    rule('四十七', '不得多头报文', 'document.multiple-primary-recipients'),
    rule('四十七', '重大突发事件应当及时请示报告，必要时可越级行文但应抄送被越过的单位', 'document.skip-level', 'document.bypassed-not-copied'),
    rule('四十七', '请示应当一文一事', 'document.request-multiple-matters'),
    rule('四十七', '报告不得夹带请示事项', 'document.report-contains-request'),
    rule('四十七', '议事协调机构及其办公室、部门管理机构以及县（区）政府工作部门，不得向市政府报送公文', 'document.ineligible-sender'),
    outside('四十七', '行文应当确有必要，讲求实效', 'not checkable by a form: a matter of judgement'),
    rule(
      '四十八',
      '除市政府领导同志直接交办的个别事项、尚在酝酿过程中的敏感事项、必须直接报送的涉密事项、重大突发事件以及部分涉外事项外，一般不得直接向市政府领导同志个人报送公文',
      'document.personal-addressee',
    ),
    rule(
      '四十九',
      '各县（区）、市级各部门报送市政府的请示性公文，内容涉及其他部门、地方职权的，主办单位应充分征求相关部门、地方意见',
      'document.countersign-missing',
    ),
    gap(
      '四十九',
      '由主办单位主要负责人与相关单位负责人会签或联合报市政府审批',
      'needs a record of consents (§3): who countersigned, and a joint submission as an alternative',
    ),
    rule('四十九', '协商后仍不能取得一致意见的，主办单位应列明各方理据，提出办理建议', 'document.disagreement-unstated'),
    data('四十九', '一般应在7个工作日内回复', 'document.countersign'),
    data('四十九', '逾期不回复的视为无不同意见', 'document.countersign'),
    gap('四十九', '除主办单位另有时限要求外', "needs a record (§3): the lead unit's own deadline"),
    outside('五十', '对不符合行文规则的，予以退文', OFFICE),
    data('五十一', '由市长签署或签发', 'document.signing'),
    data('五十一', '其他以市政府（含市政府授权市政府办公室）发文，由市政府分管领导同志签发', 'document.signing'),
    data('五十一', '事务性文件可由市政府秘书长签发', 'document.signing'),
    rule('五十二', '属部门职权范围内事务，由部门自行发文或联合发文', 'document.department-remit'),
    gap('五十二', '每个部门原则上只向市政府报送 1 种简报', 'needs a directory (§3): the briefs a unit already sends'),
    gap('五十五', '县（区）、部门（单位）请市政府领导出席的政务活动，应提前报市政府', 'not encoded: no form for inviting a leader'),
    gap('五十九', '回国后按规定提交出访报告', 'not encoded: the text sets no deadline ("按规定"); a follow-up needs the 销假 record (§3)'),
    data('五十四', '季度重点工作和月度工作安排，由市政府办公室拟定，征求副市长意见后报市长签发', 'document.signing'),
    rule('六十一', '互为 AB 角的领导同志，其中一位外出期间，由另一位代行部分政务活动职责', 'leave.stand-in-missing'),
    outside(
      '六十一',
      '互为 AB 角的领导同志同时外出时，由市政府办公室协调其他市政府领导代行政务活动职责',
      'left to the office: so a stand-in who is away is not itself an error',
    ),
    rule('八十四', '市长与负责常务工作的副市长一般不同时外出', 'leave.paired-absence'),
    rule('八十四', '副市长、秘书长离攀外出，应提前 1 天报告市长或负责常务工作的副市长', 'leave.notice-too-short', 'leave.retroactive'),
    data('八十四', '应提前 1 天报告市长或负责常务工作的副市长', 'leave.routes'),
    rule('八十四', '因紧急事项临时外出的应当及时报告', 'leave.urgent-reason-missing', 'leave.notice-too-short', 'leave.retroactive'),
    data('八十四', '副市长、秘书长因私离岗须向市长请假', 'leave.routes'),
    rule('八十四', '市长、副市长、秘书长外出活动的安排及外出期间代行其职责的领导应向市政府办公室备案', 'leave.stand-in-missing'),
    data('八十四', '市政府各部门主要负责人离攀外出，须经市政府分管领导同意后，按照市委有关规定报批', 'leave.routes'),
    rule('八十四', '外出开会、汇报、沟通、对接工作的，需将外出情况形成书面材料以签报形式报市政府', 'leave.written-memo-missing'),
    outside('八十四', '市政府组成人员要严格执行请销假制度', 'not checkable beyond the 销假 report itself: the text sets no time or content for it'),
  ],
};
