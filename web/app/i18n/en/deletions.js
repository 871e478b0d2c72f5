// English strings of the deletions pages (keys "deletionsPages.*"); keys mirror ../zh/deletions.js.
export default {};
