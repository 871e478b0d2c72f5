// English strings of the consignments pages (keys "consignmentsPages.*"); keys mirror ../zh/consignments.js.
export default {
  list: {
    title: 'Transits', intro: 'Customs transits you may see, newest first.',
    mode: 'Mode', status: 'Status', office: 'Office', any: 'Any', anyOffice: 'Any office',
    id: 'Transit', route: 'Route', offices: 'Offices', boxes: 'Boxes', updated: 'Updated',
    none: 'No transit matches these filters.', more: 'Show more',
  },
  detail: {
    title: 'Transit {id}', notFound: 'No transit {id} that you may see.',
    offices: 'Offices', deadline: 'Deadline', tenant: 'Enterprise',
  },
  carrier: {
    title: 'Carrier', position: 'Last position', noPosition: 'No report yet', eta: 'ETA', mainline: 'Mainline vessel',
    cutoff: 'Mainline cut-off', margin: 'Margin', atRisk: 'Connection at risk', onTrack: 'On track',
    kinds: { VESSEL: 'Feeder vessel', TRAIN: 'Train', TRUCK: 'Truck' },
  },
  lifecycle: { title: 'Lifecycle', none: 'No status change yet.', causes: { declared: 'declaration received', firstLockFix: 'first report of lock {id} en route', firstFix: 'first report of {id} en route', unsealZone: 'lock {id} inside the unsealing zone', gateIn: 'gate-in at {place}', sealOpened: '{cause}, seal opened there' } },
  containers: { title: 'Containers ({n})', number: 'Container', lock: 'Smart lock', seal: 'Seal', noLock: 'No lock' },
  alerts: { title: 'Open alerts ({n})', none: 'No open alert.', jump: 'show in playback' },
  legend: { corridor: 'Approved corridor and buffer', lock: 'Smart lock', truck: 'Truck', train: 'Train', feeder: 'Feeder (AIS)', vessel: 'Vessel (AIS)' },
  playback: {
    play: 'Play', pause: 'Pause', speed: 'Speed', times: '{n}×', scrub: 'Playback position',
    time: 'Playback time', noTrack: 'No track yet: playback starts with the first report.',
  },
};
