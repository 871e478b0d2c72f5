// 中文: the containers pages' strings; keys mirror ../en/containers.js.
export default {
  search: { label: '按箱号查询集装箱', placeholder: '集装箱箱号' },
  list: {
    title: '我的集装箱', intro: '您在途及近期转关中的集装箱。点击箱号查看节点、海关状态和位置。',
    search: '搜索', searchHint: '箱号或部分箱号', status: '转关状态', anyStatus: '全部状态',
    transitStatus: '转关', empty: '您的转关中暂无集装箱。', noMatch: '没有符合条件的集装箱。', more: '加载更多',
  },
  sections: { status: '当前状态', map: '位置与轨迹', timeline: '物流节点', customs: '海关状态' },
  classifier: { ACT: '实际', EST: '预计', PLN: '计划' },
  timeline: { empty: '尚无节点报告。' },
  customs: {
    declared: '已申报', scan: '布控机检', inspection: '布控查验', held: '扣留',
    released: '已放行', arrivalReported: '已运抵', arrivalDeleted: '运抵报告已删除',
  },
  map: { here: '集装箱当前位置', lockTrack: '关锁轨迹', carrierTrack: '运输工具轨迹', corridor: '核准路线' },
  batteryLow: '电量低',
  notFound: { title: '未找到集装箱', text: '没有您可查看的集装箱 {n}。请核对箱号，或联系该转关的申报人。' },
  invalid: { title: '不是有效的箱号' },
  backToList: '← 我的集装箱',
};
