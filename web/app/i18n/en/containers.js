// English strings of the containers pages (keys "containersPages.*"); keys mirror ../zh/containers.js.
export default {
  search: { label: 'Open a container by number', placeholder: 'Container number' },
  list: {
    title: 'My containers', intro: 'Your containers in open and recent transits. Pick one to see its milestones, customs status and position.',
    search: 'Search', searchHint: 'Container number or part of it', status: 'Transit status', anyStatus: 'Any status',
    transitStatus: 'Transit', empty: 'No containers in your transits yet.', noMatch: 'No container matches these filters.', more: 'Show more',
  },
  sections: { status: 'Where it stands', map: 'Position and tracks', timeline: 'Milestones', customs: 'Customs' },
  classifier: { ACT: 'Actual', EST: 'Estimated', PLN: 'Planned' },
  timeline: { empty: 'No milestone reported yet.' },
  customs: {
    declared: 'Declared', scan: 'Selected for scan', inspection: 'Selected for inspection', held: 'Held',
    released: 'Released', arrivalReported: 'Arrival reported', arrivalDeleted: 'Arrival report deleted',
  },
  map: { here: 'Container now', lockTrack: 'Lock track', carrierTrack: 'Carrier track', corridor: 'Approved corridor' },
  batteryLow: 'Low battery',
  notFound: { title: 'Container not found', text: 'There is no container {n} that you may see. Check the number, or ask the transit\'s declarant.' },
  invalid: { title: 'Not a container number' },
  backToList: '← My containers',
};
