// 中文。键与 en.js 一一对应（浏览器测试会检查）。
import containersPages from './zh/containers.js';
import alertsPages from './zh/alerts.js';
import consignmentsPages from './zh/consignments.js';
import deletionsPages from './zh/deletions.js';
export default {
  app: { title: '物流监管追踪', name: '物流监管追踪', tagline: '海关监管下的港口物流' },
  nav: { overview: '总览', water: '水水中转', rail: '海铁联运', road: '公路转关', consignments: '转关单', alerts: '告警', containers: '我的集装箱', deletions: '运抵删除' },
  connection: {
    connected: '实时', reconnecting: '正在重连…', disconnected: '离线',
    retryIn: '{s} 秒后重试', retryNow: '立即重试',
  },
  language: { label: '语言', en: 'English', zh: '中文' },
  session: {
    signOut: '退出', signedInAs: '当前身份：{who}',
    expired: '登录已过期，请重新登录。',
    refused: '服务器拒绝了您的令牌，请重新登录。',
    signedOut: '您已退出登录。',
  },
  roles: {
    control: '监控指挥中心', customs: '海关关员', enterprise: '企业', admin: '系统管理员',
    terminal: '码头', device: '设备',
  },
  signIn: {
    title: '登录', intro: '请选择您的身份。这是开发环境登录：主机为所选角色签发令牌。',
    control: '查看所有在途对象的实时地图：船舶、列车、卡车和施封集装箱。',
    customs: '接收并处置本关区的预警。',
    enterprise: '追踪本企业的集装箱。',
    terminal: '确认或退回本码头在场集装箱的运抵删除申请。',
    admin: '可见监控中心的全部内容，以及集群仪表盘。',
    office: '关区', tenant: '企业（租户）', facility: '码头场站', choose: '请选择…', other: '或直接输入',
    go: '以{role}身份登录', busy: '正在登录…',
    tokenTitle: '使用令牌登录', tokenIntro: '请粘贴贵单位签发的 Bearer 令牌。',
    token: 'Bearer 令牌', tokenGo: '登录', tokenMissing: '请先粘贴令牌。',
    tokenMalformed: '这不是有效的令牌：JWT 由三段以点分隔的内容组成。',
    failed: '登录失败：{reason}',
  },
  kinds: {
    feeder: '支线船', mainline: '干线船', vessel: '船舶', train: '班列', truck: '卡车', lock: '智能锁',
    feeders: '支线船', mainlines: '干线船', vessels: '船舶', trains: '班列', trucks: '卡车', locks: '智能锁',
  },
  markerStatus: { moving: '在途', held: '海关扣留', alert: '有未处置预警', stale: '近期无上报' },
  counters: { title: '地图上的对象', byKind: '按类型', byStatus: '按状态', total: '合计' },
  status: {
    DECLARED: '已申报', SEALED: '已施封', DEPARTED: '已启运', IN_TRANSIT: '在途',
    ARRIVED: '已抵达', UNSEALED: '已解封', CLOSED: '已核销', onHold: '扣留中',
  },
  customs: {
    NONE: '未申报', DECLARED: '已申报', RELEASED: '已放行', SCAN: '布控机检',
    INSPECTION: '布控查验', HELD: '扣留', arrivalReported: '已运抵',
  },
  seal: { sealed: '施封', opened: '已开启', tampered: '被破坏', unknown: '未知' },
  modes: { ROAD: '公路', RAIL: '铁路', WATER: '水路' },
  events: {
    GTIN: '进闸', GTOT: '出闸', LOAD: '装载', DISC: '卸载', STUF: '装箱', STRP: '拆箱',
    PICK: '提箱', DROP: '还箱', INSP: '已查验', RSEA: '重新施封', RMVD: '移除',
    CUSS: '布控机检', CUSI: '布控查验', CUSR: '海关放行',
    ARRP: '运抵报告已发送', ARRD: '运抵报告已删除', ARRI: '抵达', DEPA: '离开',
    TDEC: '转关申报', TSTR: '转关启运', TEND: '转关抵达', TCLS: '转关核销',
    HOLD: '海关扣留', RELS: '解除扣留', SEAL: '施封', UNSL: '解封（经授权）',
    OPEN: '锁被开启', TAMP: '锁被破坏', BATL: '锁电量低',
  },
  alerts: {
    title: '预警', empty: '暂无预警。新推送的预警会显示在这里。',
    types: {
      RDEV: '偏离路线', LSTP: '长时间停留', OPEN: '非授权开锁', TAMP: '锁具被破坏', SLOS: '信号丢失',
      OVRD: '超时未抵达', TMIS: '锁与车辆轨迹不一致', CONN: '中转衔接风险', UPRT: '异常挂靠或卸货',
    },
    severity: { LOW: '低', MEDIUM: '中', HIGH: '高', CRITICAL: '严重' },
    status: { OPEN: '待处置', ACKNOWLEDGED: '已接收', RESOLVED: '已处置' },
    showOnMap: '在地图上显示', consignment: '转关单 {id}', more: '另有 {n} 条',
  },
  details: {
    close: '关闭', loading: '加载中…', notFound: '无详细信息：该对象可能已不在您的视图中。',
    name: '名称', imo: 'IMO', mmsi: 'MMSI', speed: '速度', heading: '航向', destination: '目的港',
    eta: '预计抵达', boxesAboard: '载箱', consignment: '转关单', boxes: '箱量', lastFix: '最近上报',
    customs: '海关状态', terminal: '码头状态', seal: '关锁状态', battery: '电量', carrier: '运载工具', container: '集装箱',
    status: '状态', route: '路线', position: '位置', none: '无', role: '营运类型', lock: '智能锁',
    portCalls: '挂靠港', mode: '运输方式', deadline: '限定时间', offices: '关区',
  },
  panel: {
    overview: {
      title: '监控指挥中心', intro: '港区内所有监管下的在途对象。',
    },
    water: {
      title: '水水中转', intro: '支线船驶向青岛枢纽港，与干线船截关时间的衔接情况。',
      connections: '中转衔接', feeder: '支线船', mainline: '干线船', eta: '预计抵达', cutoff: '截关', margin: '余量',
      boxes: '箱量', required: '需 {m}', atRisk: '有风险', onTrack: '正常', waiting: '在枢纽港等待',
      atSea: '海上航行', none: '暂无需要衔接的支线船。', portCalls: '异常挂靠与衔接预警',
      noPortCalls: '无。', waitingBoxes: '{n} 箱等待衔接',
    },
    rail: {
      title: '海铁联运', intro: '班列从内陆港驶往港口铁路场站；过卡即自动发送运抵报告并核销转关。',
      trains: '班列', boxes: '{n} 箱', none: '暂无在途班列。', feed: '铁路场站动态',
      noFeed: '暂无过卡记录。', gatePassage: '通过铁路卡口：已自动发送运抵报告',
      closed: '转关已核销', to: '前往 {place}',
    },
    road: {
      title: '公路智能锁转关', intro: '按核准路线行驶的转关运输；图中显示路线缓冲区及施封、解封、休息区。',
      transits: '转关运输', none: '暂无在途公路转关。', lockTruck: '锁与车辆距离', locks: '智能锁',
      deviation: '偏离', longStop: '长时间停留', zones: { SEAL: '施封区', UNSEAL: '解封区', REST: '休息区' },
    },
  },
  map: { zoomInButton: '放大', zoomOutButton: '缩小', clusterOf: '{n} 个对象', zoomIn: '点击放大', corridor: '路线缓冲 ±{m}', legend: '图例' },
  places: {
    hub: '枢纽港', TERMINAL: '集装箱码头', RAIL_GATE: '港口铁路场站', RAIL_YARD: '铁路场站', PORT_AREA: '港区',
    AIRPORT: '机场货站', BONDED_ZONE: '综合保税区', SUPERVISION_CENTER: '监管中心',
    MULTIMODAL_CENTER: '多式联运中心', feederLane: '支线航线', railway: '铁路通道', road: '公路通道',
  },
  notFound: { title: '页面不存在', back: '返回地图' },
  errors: { generic: '出错了：{detail}', forbidden: '您的角色无权查看此视图。' },
  units: {
    hoursMinutes: '{h}小时{m}分', minutes: '{m}分钟', secondsAgo: '{s}秒前', minutesAgo: '{m}分钟前', hoursAgo: '{h}小时前',
    kmh: '{v} 公里/小时', knots: '{v} 节', km: '{v} 公里', m: '{v} 米', percent: '{v}%', degrees: '{v}°',
  },
  // Each page's own strings live in its file, so that pages grow without touching each other.
  containersPages, alertsPages, consignmentsPages, deletionsPages,
};
