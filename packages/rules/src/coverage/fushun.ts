import { data, gap, outside, rule, type Coverage } from './types.js';

const OFFICE = 'left to the office: the 市政府办公室 does it, not the submitting unit';
const MEETING = 'not checkable by a form: it is what the meeting does';

/**
 * 《抚顺市人民政府工作规则》: 第二章 (who is who), 第四章/第五章 (what a decision needs),
 * 第八章 会议制度, 第九章 公文审批制度, 第十章 请示报告制度 (五十四, 五十五).
 * @example
 * ```ts
 * fushunCoverage.rows.filter((r) => r.article === '五十四');
 * ```
 */
export const fushunCoverage: Coverage = {
  source: 'fushun',
  rows: [
    data('五', '市政府组成人员包括市长、副市长(副市级干部)、秘书长和市政府工作部门的主要负责人', 'leave.applicantRoles'),
    outside(
      '六',
      '市长离抚期间,指定负责日常工作的副市长或其他副市长主持日常工作',
      'not checkable by a form: the 市长 is not an applicant of the leave form here (五十四 names who reports to him)',
    ),
    rule('七', '互为AB角的副市长,一位外出期间,由另一位代行政务活动职责', 'leave.stand-in-missing'),
    gap('七', '副市长之间实行AB角互补工作制度', 'needs a directory (§3): which 副市长 is whose B角, to check the named stand-in'),
    outside(
      '七',
      '需协调其他领导同志代行政务活动职责的,由负责日常工作的副市长协调',
      'left to the 负责日常工作的副市长: so a stand-in who is away is not itself an error',
    ),
    gap(
      '七',
      '副秘书长在分管副市长领导下,开展业务工作',
      'needs a directory (§3): which 副秘书长 works with which 副市长 (pairing compares the 分管领域 typed on the form)',
    ),
    outside(
      '十七',
      '市司法局依法对提请市政府讨论的地方性法规草案和审议的市政府规章草案进行审查',
      'left to the 司法局: the legality review of an item is agenda.legal-review-missing',
    ),
    outside('十八', '所有地方性法规政府规章的草案都要公开征求意见', 'not encoded: a drafting step of regulations, not of a submitted item'),
    gap('十九', '涉及公众权益、社会关注度高的事项等,应当事先请示市政府', "not encoded: a department's own normative document, outside the three forms"),
    rule('十九', '严格合法性审查,以市政府和市政府办公室名义制定的行政规范性文件,由市司法局负责', 'agenda.legal-review-missing'),
    rule(
      '二十二',
      '把公众参与、专家论证、风险评估、合法性审查和集体讨论决定作为重大决策的法定程序',
      'agenda.public-participation-missing',
      'agenda.expert-review-missing',
      'agenda.stability-assessment-missing',
    ),
    outside('二十二', '集体讨论决定', MEETING),
    data('二十四', '由市政府全体会议或市政府常务会议讨论和决定', 'agenda.meetingKinds'),
    outside('二十五', '进行合法性、必要性、科学性、可行性和可控性评估论证', 'not checkable by a form: the quality of the assessment'),
    rule('二十五', '涉及相关部门的,应当充分协商', 'agenda.consultation-missing'),
    rule('二十五', '协商后仍不能取得一致意见的,由主办部门列明各方理据,提出办理建议', 'agenda.disagreement-unstated'),
    outside('二十五', '报分管副市长协调,重要的报市长审定', 'left to the leaders: how a disagreement is settled once it is set out'),
    rule('二十五', '涉及县(区)的,应当事先征求意见', 'agenda.local-consultation-missing'),
    rule('二十五', '涉及重大公共利益和公众权益、容易引发社会稳定问题的,要进行社会稳定风险评估', 'agenda.stability-assessment-missing'),
    rule('二十五', '并采取听证会等多种形式听取各方面意见', 'agenda.public-participation-missing'),
    rule('二十六', '决策草案应当进行合法性审查,未经合法性审查或审查不合格的,不得提交市政府集体讨论', 'agenda.legal-review-missing'),
    gap('二十六', '重大决策出台前应按照规定向同级党委请示报告', 'not encoded: no flag records the report to the 市委'),
    data('三十八', '市政府实行市政府全体会议、市政府常务会议、市长办公会议和市政府业务会议制度', 'agenda.meetingKinds'),
    rule('三十八', '市政府实行市政府全体会议、市政府常务会议、市长办公会议和市政府业务会议制度', 'agenda.meeting-kind'),
    data('三十九', '会议议题由市政府办公室向市政府组成人员征集,经秘书长初核并报负责日常工作的副市长审核、市长确定', 'agenda.routes'),
    gap('三十九', '列席人员由秘书长审核后报市长确定', 'not encoded: the attendees are listed but their approval is not recorded'),
    data(
      '四十',
      '会议议题由承办单位填写《市政府常务会议议题申报单》,由市政府办公室征集、汇总,经秘书长初核并报负责日常工作的副市长审核后,由市长确定',
      'agenda.routes',
    ),
    gap('四十', '列席人员由议题承办单位提出,报秘书长审定', 'not encoded: the attendees are listed but their approval is not recorded'),
    rule('四十一', '会议议题由市长提出', 'agenda.meeting-kind'),
    rule('四十二', '会议议题由主持召开会议的市政府领导同志提出', 'agenda.meeting-kind'),
    rule('四十三', '相关议题未经市政府领导同志审核同意,市政府办公室不予安排会议审议', 'agenda.leader-approval-missing'),
    outside('四十三', '市政府办公室按照市政府会议材料前置审核程序进行审核把关', OFFICE),
    data('四十四', '会议纪要原则上在会议结束后3个工作日内印发', 'agenda.minutes'),
    outside('四十四', '与会人员都要代表本县(区)、本部门发表意见,明确表述同意或不同意', MEETING),
    gap('四十五', '以部门名义召开全市性会议,主办部门应事先报经市政府分管领导同志同意,再正式向市政府报送请示', 'not encoded: no form for a 全市性会议 request'),
    gap('四十五', '于每月20日前送市政府办公室汇总', 'not encoded: no form for a meeting or activity plan'),
    gap('四十六', '有关部门须提前报告市政府,经同意后方可答复和安排', 'not encoded: no form for hosting a national or provincial meeting'),
    gap(
      '四十八',
      '应当符合《党政机关公文处理工作条例》和市政府有关规定',
      'needs the document elements (§3): 发文字号, 成文日期, 签发人 and the format of GB/T 9704',
    ),
    rule('四十八', '未经批准不得越级行文', 'document.skip-level'),
    rule('四十八', '不得多头报文', 'document.multiple-primary-recipients'),
    rule('四十八', '请示应当一文一事', 'document.request-multiple-matters'),
    rule('四十八', '报告不得夹带请示事项', 'document.report-contains-request'),
    rule(
      '四十八',
      '除市政府领导同志交办事项和必须直接报送的绝密事项、重大突发事件和紧急敏感涉外事项外,一般不得直接向市政府领导同志个人报送公文',
      'document.personal-addressee',
    ),
    outside('四十八', '市政府领导同志一般不直接签批未经市政府办公室审核办理的公文', OFFICE),
    rule('四十九', '对各县(区)政府、各部门报送的公文,须由主要负责人签发', 'document.not-signed-by-head'),
    outside('四十九', '市政府领导同志对有具体请示事项的公文,应签署明确意见', "not checkable by a form: the leader's instruction on the document"),
    rule('五十', '各县(区)政府、各部门报送市政府的请示性公文', 'document.countersign-missing'),
    gap(
      '五十',
      '或须市政府审批的公文,凡涉及两个以上部门职权的,须履行会签程序',
      "not encoded: the sheet cannot tell a 公文 that needs the 市政府's approval from one that does not, other than a 请示",
    ),
    rule('五十', '协商后仍不能取得一致意见的,由主办部门列明各方理据,提出办理建议', 'document.disagreement-unstated'),
    gap('五十', '与相关部门负责人会签后报市政府决定', 'needs a record of consents (§3): who countersigned'),
    data('五十', '一般应在3个工作日内回复', 'document.countersign'),
    data('五十', '逾期不回复视为无不同意见', 'document.countersign'),
    gap('五十', '除主办部门另有时限要求外', "needs a record (§3): the lead unit's own deadline"),
    data('五十一', '以市政府名义报省委、省政府或市委的请示、报告,以及涉及重大方针、政策的事项,经市政府分管领导同志审核后,由市长签发', 'document.signing'),
    data('五十一', '市政府向市人民代表大会及其常委会提出的议案,市政府发布的规章、决定、命令,经市政府分管领导同志审核后,由市长签发', 'document.signing'),
    data('五十一', '市政府人事任免公文,由市长签发', 'document.signing'),
    data('五十一', '主要负责人出国审批公文,由市长签发', 'document.signing'),
    data('五十一', '以市政府名义下发的公文,经市政府分管领导同志审核后,由市长签发', 'document.signing'),
    data('五十一', '以市政府名义制发的函件或以市政府办公室名义制发的公文,由市政府分管领导同志签发', 'document.signing'),
    rule('五十二', '属部门职权范围内事务、应由部门自行发文或联合发文的,不以市政府或市政府办公室名义发文', 'document.department-remit'),
    gap('五十二', '按程序报经市政府领导同志批准的,须在文中注明“经市政府同意”', 'needs the body text (§3)'),
    gap('五十三', '各部门报送市政府的简报须经市政府办公室核准,每个部门原则上只向市政府报送1种简报', 'needs a directory (§3): the briefs a unit already sends'),
    data('五十四', '副市长、秘书长离抚和休假,应事先报告市长,由市政府办公室通报市政府其他领导同志', 'leave.routes'),
    rule('五十四', '副市长、秘书长离抚和休假,应事先报告市长', 'leave.retroactive'),
    rule('五十四', '离抚外出,应提前3天履行请假(报备)程序', 'leave.notice-too-short'),
    data('五十四', '请假审批单经分管副市长审核后,由秘书长汇总报市长审批', 'leave.routes'),
    rule('五十四', '原则上副市长和与其对应的副秘书长不能同时离抚外出,确有需要,应报经市长同意', 'leave.paired-absence'),
    gap('五十四', '应报经市长同意', 'needs a record of consents (§3): who agreed and when'),
    rule('五十四', '年休假,应提前1周履行报批(报备)程序', 'leave.notice-too-short'),
    rule('五十四', '年休假期间,要保持通讯畅通', 'leave.contact-missing'),
    outside('五十四', '年休假前,应妥善安排分管工作', 'not checkable by a form: a matter of judgement'),
    rule('五十四', '离抚期间如行程有变化,应及时补充报告', 'leaveReturn.itinerary-change-unreported'),
    gap(
      '五十四',
      '除参加国家、省和市委重要会议及活动、因公出访或出差、处置重大突发事件、个人身体健康等特殊原因外,原则上不应请假',
      'not encoded: no form for leave from a meeting',
    ),
    data('五十五', '离抚参加公务活动、学习培训或招商引资3日以上(含3日)的,要在回抚3日内,以书面形式向市政府报告', 'leave.followUps'),
<<<<<<< da7187e1dac8b342e81c36659c17bae17bf65817
    rule('五十五', '回抚3日内', 'leaveReturn.return-report-overdue'),
=======
    rule('五十五', '要在回抚3日内,以书面形式向市政府报告', 'leaveReturn.return-report-overdue'),
>>>>>>> local
  ],
};
