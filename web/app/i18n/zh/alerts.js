// 中文: the alerts pages' strings; keys mirror ../en/alerts.js.
export default {
  title: '海关监管台', intro: '本关区的途中异常告警，按时间倒序实时推送。选择一条进行核查并记录处置结果。',
  list: '告警', empty: '没有符合条件的告警。', more: '加载更多', pick: '选择一条告警，查看证据、处理记录和操作。',
  count: { label: '未处理告警', title: '{n} 条待处置、{a} 条已受理告警：点击查看待处置' },
  sound: { label: '高级别告警提示音', hint: '新的高或严重级别告警到达时播放提示音' },
  filters: { status: '状态', type: '类型', severity: '级别', since: '起始时间', until: '截止时间', any: '全部', clear: '清除筛选' },
  detail: { distance: '偏离路线', duration: '持续时间', raisedAt: '告警时间', late: '迟报，接收时间', device: '设备', history: '处理记录', by: '处理人 {who}', system: '系统监管规则' },
  map: { track: '轨迹片段', point: '偏离 / 停留点', corridor: '路线及缓冲区' },
  actions: {
    title: '处理此告警', ackNote: '备注（可选）', ackHint: '如：正在联系司机', acknowledge: '确认受理',
    disposition: '处置结果', choose: '请选择…', note: '备注', noteHint: '核查情况', resolve: '处置完毕',
    chooseDisposition: '请先选择处置结果。', readOnly: '只读：此告警由其所属关区的海关关员处理。',
  },
  dispositions: { CONFIRMED: '确认违规', JUSTIFIED: '情况属实（合理）', EQUIPMENT_FAULT: '设备故障', FALSE_ALARM: '误报' },
  sentences: {
    RDEV: '偏离核准路线 {d}，持续 {t}', LSTP: '停留 {t}', SLOS: '{t} 未收到报告', OVRD: '超过转关期限 {t}',
    TMIS: '关锁与运输工具相距 {d}，持续 {t}', CONN: '支线船预计到港时间晚于干线截关安全时限 {t}',
    OPEN: '关锁在解封区外被打开', TAMP: '关锁遭破坏', UPRT: '在申报航线以外的港口靠泊或卸货',
    recorded: '系统记录',
  },
  points: {
    RDEV: '偏离点', LSTP: '停留点', OPEN: '开锁位置', TAMP: '破坏位置', SLOS: '最后报告位置',
    OVRD: '超期时位置', TMIS: '关锁位置', CONN: '支线船位置', UPRT: '靠泊港口',
  },
};
