// English strings of the alerts pages (keys "alertsPages.*"); keys mirror ../zh/alerts.js.
export default {};
