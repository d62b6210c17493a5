import { data, gap, outside, rule, type Coverage } from './types.js';

const UPWARD = 'not checkable on this sheet: the document sheet is for documents sent up to the government';

/**
 * 《党政机关公文处理工作条例》, the articles `sources/national.txt` holds (20 of 42; 第九条,
 * the document elements, is not among them): 第八条 (document types), 第四章 行文规则 and
 * 第五章 公文拟制.
 * @example
 * ```ts
 * nationalCoverage.rows.filter((r) => r.article === '十五');
 * ```
 */
export const nationalCoverage: Coverage = {
  source: 'national',
  rows: [
    data('八', '公文种类主要有', 'document.docTypes'),
    rule('八', '请示。适用于向上级机关请求指示、批准', 'document.countersign-missing', 'document.request-multiple-matters'),
    gap('十', '公文的版式按照《党政机关公文格式》国家标准执行', 'needs the document elements (§3): the format the national standard fixes'),
    outside('十三', '行文应当确有必要，讲求实效，注重针对性和可操作性', 'not checkable by a form: a matter of judgement'),
    gap('十四', '行文关系根据隶属关系和职权范围确定', 'needs a directory (§3): units with their superior bodies'),
    rule('十四', '一般不得越级行文', 'document.skip-level'),
    rule('十四', '特殊情况需要越级行文的，应当同时抄送被越过的机关', 'document.skip-level', 'document.bypassed-not-copied'),
    rule('十五', '原则上主送一个上级机关', 'document.multiple-primary-recipients'),
    gap('十五', '不抄送下级机关', 'needs a directory (§3): which copied bodies are lower than the sender'),
    outside(
      '十五',
      '党委、政府的部门向上级主管部门请示、报告重大事项，应当经本级党委、政府同意或者授权',
      UPWARD.replace('to the government', 'to the government, not to a superior department'),
    ),
    gap('十五', '应当提出倾向性意见后上报，不得原文转报上级机关', 'not encoded: no field marks a request forwarded from a lower body'),
    rule('十五', '请示应当一文一事', 'document.request-multiple-matters'),
    rule('十五', '不得在报告等非请示性公文中夹带请示事项', 'document.report-contains-request'),
    rule('十五', '除上级机关负责人直接交办事项外，不得以本机关名义向上级机关负责人报送公文', 'document.personal-addressee'),
    gap('十五', '不得以本机关负责人名义向上级机关报送公文', 'not encoded: the sheet does not record in whose name the document is sent'),
    outside('十五', '受双重领导的机关向一个上级机关行文，必要时抄送另一个上级机关', 'not checkable by a form: 必要时'),
    outside('十六', '向下级机关行文，应当遵循以下规则', UPWARD),
    outside('十七', '属于党委、政府各自职权范围内的工作，不得联合行文', UPWARD),
    rule('十七', '部门内设机构除办公厅（室）外不得对外正式行文', 'document.internal-body-sender'),
    gap('十九', '文种正确，格式规范', 'needs the document elements (§3)'),
    rule('十九', '公文涉及其他地区或者部门职权范围内的事项，起草单位必须征求相关地区或者部门意见，力求达成一致', 'document.countersign-missing'),
    outside('十九', '机关负责人应当主持、指导重要公文起草工作', 'not checkable by a form: how the draft was written'),
    outside('二十', '公文文稿签发前，应当由发文机关办公厅（室）进行审核', 'left to the office of the sending body'),
    rule('二十二', '重要公文和上行文由机关主要负责人签发', 'document.not-signed-by-head'),
    gap('二十二', '签发人签发公文，应当签署意见、姓名和完整日期', "needs a record of consents (§3): the signer's opinion and the full date"),
    gap('二十二', '联合发文由所有联署机关的负责人会签', 'not encoded: the sheet has no joint sender'),
  ],
};
