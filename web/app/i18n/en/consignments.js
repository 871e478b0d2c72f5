// English strings of the consignments pages (keys "consignmentsPages.*"); keys mirror ../zh/consignments.js.
export default {};
