// 中文: the containers pages' strings; keys mirror ../en/containers.js.
export default {};
