// 中文: the alerts pages' strings; keys mirror ../en/alerts.js.
export default {};
