// 中文: the consignments pages' strings; keys mirror ../en/consignments.js.
export default {};
