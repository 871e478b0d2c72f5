// 中文: the deletions pages' strings; keys mirror ../en/deletions.js.
export default {};
