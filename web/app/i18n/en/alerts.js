// English strings of the alerts pages (keys "alertsPages.*"); keys mirror ../zh/alerts.js.
export default {
  title: 'Customs console', intro: 'En-route alerts of your office, newest first, as they are raised. Select one to investigate and record a disposition.',
  list: 'Alerts', empty: 'No alert matches these filters.', more: 'Show more', pick: 'Select an alert to see its evidence, history and actions.',
  count: { label: 'Open alerts', title: '{n} open and {a} acknowledged alerts: show the open ones' },
  sound: { label: 'Sound for high alerts', hint: 'Play a short tone when a new high or critical alert arrives' },
  filters: { status: 'Status', type: 'Type', severity: 'Severity', since: 'Raised from', until: 'Raised until', any: 'Any', clear: 'Clear filters' },
  detail: { distance: 'Off the corridor', duration: 'Duration', raisedAt: 'Raised', late: 'Reported late, received', device: 'Device', history: 'History', by: 'by {who}', system: 'the supervision rules' },
  map: { track: 'Track excerpt', point: 'Deviation / stop', corridor: 'Corridor and buffer' },
  actions: {
    title: 'Handle this alert', ackNote: 'Note (optional)', ackHint: 'e.g. calling the driver', acknowledge: 'Acknowledge',
    disposition: 'Disposition', choose: 'Choose…', note: 'Note', noteHint: 'What you found on verification', resolve: 'Resolve',
    chooseDisposition: 'Choose a disposition first.', readOnly: 'Read-only: the alert is handled by the customs officers of its offices.',
  },
  dispositions: { CONFIRMED: 'Confirmed breach', JUSTIFIED: 'Justified', EQUIPMENT_FAULT: 'Equipment fault', FALSE_ALARM: 'False alarm' },
  // The summary in the chosen language, composed from the alert's measures ({d} distance, {t} duration).
  sentences: {
    RDEV: '{d} outside the corridor for {t}', LSTP: 'Stopped for {t}', SLOS: 'No report for {t}', OVRD: '{t} past the deadline',
    TMIS: 'Lock and vehicle {d} apart for {t}', CONN: 'The feeder is expected {t} too late for the mainline cut-off',
    OPEN: 'Seal opened outside an unseal zone', TAMP: 'Seal tampered', UPRT: 'Port call or discharge not on the declared route',
    recorded: 'As recorded',
  },
  // What the alert's position is, by type: the label of the point on the evidence map.
  points: {
    RDEV: 'Deviation', LSTP: 'Stopped here', OPEN: 'Seal opened here', TAMP: 'Tampered here', SLOS: 'Last report',
    OVRD: 'Position at the deadline', TMIS: 'Lock here', CONN: 'Feeder here', UPRT: 'Port call',
  },
};
