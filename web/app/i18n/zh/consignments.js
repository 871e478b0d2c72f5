// 中文: the consignments pages' strings; keys mirror ../en/consignments.js.
export default {
  list: {
    title: '转关运输', intro: '您可查看的转关运输，最新的在前。',
    mode: '运输方式', status: '状态', office: '海关', any: '全部', anyOffice: '全部海关',
    id: '转关单', route: '路线', offices: '海关', boxes: '箱数', updated: '更新时间',
    none: '没有符合条件的转关运输。', more: '显示更多',
  },
  detail: {
    title: '转关单 {id}', notFound: '没有您可查看的转关单 {id}。',
    offices: '海关', deadline: '时限', tenant: '企业',
  },
  carrier: {
    title: '承运工具', position: '最新位置', noPosition: '暂无报告', eta: '预计到达', mainline: '干线船',
    cutoff: '干线截载时间', margin: '余量', atRisk: '衔接有风险', onTrack: '正常',
    kinds: { VESSEL: '支线船', TRAIN: '班列', TRUCK: '卡车' },
  },
  lifecycle: { title: '生命周期', none: '尚无状态变化。', causes: { declared: '已受理申报', firstLockFix: '关锁 {id} 途中首次报告', firstFix: '{id} 途中首次报告', unsealZone: '关锁 {id} 进入解封区', gateIn: '在 {place} 进闸', sealOpened: '{cause}，并在该处解封' } },
  containers: { title: '集装箱（{n}）', number: '箱号', lock: '智能锁', seal: '施封', noLock: '无锁' },
  alerts: { title: '未处理告警（{n}）', none: '没有未处理的告警。', jump: '在回放中查看' },
  legend: { corridor: '批准路线及缓冲区', lock: '智能锁', truck: '卡车', train: '班列', feeder: '支线船（AIS）', vessel: '船舶（AIS）' },
  playback: {
    play: '播放', pause: '暂停', speed: '倍速', times: '{n}×', scrub: '回放位置',
    time: '回放时间', noTrack: '暂无轨迹：收到第一条报告后即可回放。',
  },
};
