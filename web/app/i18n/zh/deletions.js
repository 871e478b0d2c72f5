// 中文: the deletions pages' strings; keys mirror ../en/deletions.js.
export default {
  title: '出口运抵删除',
  intro: {
    enterprise: '在线申请删除您的集装箱的出口运抵报告；码头确认后由海关审批。',
    terminal: '本码头集装箱的删除申请：确认箱在港且符合条件，或填写说明后拒绝。',
    customs: '码头已确认的申请：审批通过或填写说明后驳回。',
    control: '全部删除申请及审批用时。只读。',
    admin: '全部删除申请及审批用时。只读。',
  },
  flow: { apply: '企业申请', confirm: '码头确认', approve: '海关审批' },
  status: {
    REQUESTED: '待码头确认', TERMINAL_CONFIRMED: '待海关审批', REFUSED: '码头已拒绝',
    APPROVED: '已批准 · 已删除', REJECTED: '海关已驳回',
  },
  historyStep: {
    REQUESTED: '企业申请', TERMINAL_CONFIRMED: '码头已确认', REFUSED: '码头已拒绝',
    APPROVED: '海关已批准：运抵报告已删除', REJECTED: '海关已驳回',
  },
  apply: {
    title: '申请删除', intro: '码头确认、海关审批后，该箱的运抵报告即被删除。',
    container: '箱号', consignment: '转关单', optional: '选填', reason: '原因',
    reasonHint: '删除运抵报告的原因（计划变更、船名有误……）',
    resend: '在同一申请中重新发送运抵报告', attachments: '随附单证',
    attachmentsHint: '最多5个文件，PDF、JPEG或PNG格式，每个不超过5 MB。',
    tooManyFiles: '最多{n}个文件。', badType: '{name}：仅限PDF、JPEG或PNG。', tooLarge: '{name}超过{mb} MB。',
    submit: '提交申请', sending: '正在提交…',
  },
  list: {
    title: { enterprise: '我的申请', terminal: '本码头的申请', customs: '本关区的申请', control: '全部申请', admin: '全部申请' },
    none: {
      enterprise: '您没有删除申请。', terminal: '本码头没有申请。', customs: '本关区没有申请。',
      control: '尚无申请。', admin: '尚无申请。',
    },
    status: '状态', anyStatus: '全部状态', container: '箱号', requestedAt: '申请于{when}', more: '显示更多',
  },
  detail: {
    title: '删除申请', pick: '选择一条申请，查看其办理记录和单证。',
    tenant: '企业', facility: '码头', consignment: '转关单', offices: '海关', reason: '原因',
    resendLabel: '重发运抵', resend: '含重发', yes: '是', no: '否', requestedAt: '申请时间',
    history: '办理记录', attachments: '单证（{n}）', noAttachments: '未附单证。', download: '下载',
    note: '说明', noteHint: '拒绝或驳回时必填', noteRequired: '请填写原因说明。',
    readOnly: '只读：由码头确认、海关审批。',
    yourStep: { terminal: '该箱是否在港且符合删除条件？', customs: '是否批准删除该运抵报告？' },
  },
  actions: { confirm: '确认', refuse: '拒绝', approve: '批准', reject: '驳回' },
  stats: {
    title: '删除统计', requested: '申请数', open: '办理中', approved: '已批准', rejected: '拒绝或驳回',
    p50: '审批用时中位数', p90: '90%在此时间内批准', max: '最长审批用时', underMinute: '不到1分钟', note: '从申请到批准，共{n}条已批准申请。',
  },
  problems: {
    required: '必填', tooLong: '最多{n}个字符', unknownContainer: '没有您可查看的集装箱 {box}',
    notCarried: '您的转关单中没有装载 {box} 的', noReport: '{box} 没有有效的运抵报告',
    noFacility: '{box} 不在任何可确认删除的码头', stillOpen: '集装箱 {box} 已有办理中的删除申请 {id}。',
    noteNeeded: '必须填写说明', tooMany: '最多{n}个文件', badType: '只接受 PDF、JPEG 或 PNG 文件',
    notThatType: '文件内容不是 {type}', tooBig: '每个文件最大{n} MB', badBase64: '文件无法读取', empty: '文件为空',
  },
};
