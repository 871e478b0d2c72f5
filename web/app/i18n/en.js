// English. Keys mirror zh.js one for one (a browser test checks that).
import containersPages from './en/containers.js';
import alertsPages from './en/alerts.js';
import consignmentsPages from './en/consignments.js';
import deletionsPages from './en/deletions.js';
export default {
  app: { title: 'Tracker', name: 'Tracker', tagline: 'Port logistics under customs supervision' },
  nav: { overview: 'Overview', water: 'Water-to-water', rail: 'Sea-rail', road: 'Road transit', consignments: 'Transits', alerts: 'Alerts', containers: 'My containers', deletions: 'Arrival deletions' },
  connection: {
    connected: 'Live', reconnecting: 'Reconnecting…', disconnected: 'Offline',
    retryIn: 'Retrying in {s} s', retryNow: 'Retry now',
  },
  language: { label: 'Language', en: 'English', zh: '中文' },
  session: {
    signOut: 'Sign out', signedInAs: 'Signed in as {who}',
    expired: 'Your session has expired. Please sign in again.',
    refused: 'The server refused your token. Please sign in again.',
    signedOut: 'You have signed out.',
  },
  roles: {
    control: 'Control center', customs: 'Customs officer', enterprise: 'Enterprise', admin: 'Administrator',
    terminal: 'Terminal', device: 'Device',
  },
  signIn: {
    title: 'Sign in', intro: 'Choose who you are. This is a development sign-in: the host issues a token for the role you pick.',
    control: 'Watch the live map of everything moving: vessels, trains, trucks and sealed containers.',
    customs: 'Receive and handle the alerts of your office.',
    enterprise: 'Track your own containers.',
    terminal: 'Confirm or refuse the arrival-report deletions of boxes in your terminal.',
    admin: 'Everything the control center sees, and the cluster dashboard.',
    office: 'Office', tenant: 'Enterprise (tenant)', facility: 'Terminal facility', choose: 'Choose…', other: 'or type one',
    go: 'Sign in as {role}', busy: 'Signing in…',
    tokenTitle: 'Sign in with a token', tokenIntro: 'Paste the bearer token your organisation issued you.',
    token: 'Bearer token', tokenGo: 'Sign in', tokenMissing: 'Paste a token first.',
    tokenMalformed: 'That is not a token: a JWT has three parts separated by dots.',
    failed: 'Sign-in failed: {reason}',
  },
  kinds: {
    feeder: 'Feeder vessel', mainline: 'Mainline vessel', vessel: 'Vessel', train: 'Train', truck: 'Truck', lock: 'Smart lock',
    feeders: 'Feeders', mainlines: 'Mainline vessels', vessels: 'Vessels', trains: 'Trains', trucks: 'Trucks', locks: 'Smart locks',
  },
  markerStatus: { moving: 'In transit', held: 'Held', alert: 'Open alert', stale: 'No recent report' },
  counters: { title: 'On the map', byKind: 'By kind', byStatus: 'By status', total: 'Total' },
  status: {
    DECLARED: 'Declared', SEALED: 'Sealed', DEPARTED: 'Departed', IN_TRANSIT: 'In transit',
    ARRIVED: 'Arrived', UNSEALED: 'Unsealed', CLOSED: 'Closed', onHold: 'On hold',
  },
  customs: {
    NONE: 'Not declared', DECLARED: 'Declared', RELEASED: 'Released', SCAN: 'Selected for scan',
    INSPECTION: 'Selected for inspection', HELD: 'Held', arrivalReported: 'Arrival reported',
  },
  seal: { sealed: 'Sealed', opened: 'Opened', tampered: 'Tampered', unknown: 'Unknown' },
  modes: { ROAD: 'Road', RAIL: 'Rail', WATER: 'Water' },
  events: {
    GTIN: 'Gate in', GTOT: 'Gate out', LOAD: 'Loaded', DISC: 'Discharged', STUF: 'Stuffed', STRP: 'Stripped',
    PICK: 'Picked up', DROP: 'Dropped off', INSP: 'Inspected', RSEA: 'Resealed', RMVD: 'Removed',
    CUSS: 'Selected for scan', CUSI: 'Selected for inspection', CUSR: 'Customs released',
    ARRP: 'Arrival report sent', ARRD: 'Arrival report deleted', ARRI: 'Arrived', DEPA: 'Departed',
    TDEC: 'Transit declared', TSTR: 'Transit started', TEND: 'Transit arrived', TCLS: 'Transit closed',
    HOLD: 'Customs hold', RELS: 'Hold released', SEAL: 'Sealed', UNSL: 'Unsealed (authorised)',
    OPEN: 'Seal opened', TAMP: 'Seal tampered', BATL: 'Lock battery low',
  },
  alerts: {
    title: 'Alerts', empty: 'No alerts. Pushed alerts appear here as they are raised.',
    types: {
      RDEV: 'Route deviation', LSTP: 'Long stop', OPEN: 'Seal opened', TAMP: 'Seal tampered', SLOS: 'Signal lost',
      OVRD: 'Overdue', TMIS: 'Lock and vehicle apart', CONN: 'Connection at risk', UPRT: 'Unexpected port call',
    },
    severity: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', CRITICAL: 'Critical' },
    status: { OPEN: 'Open', ACKNOWLEDGED: 'Acknowledged', RESOLVED: 'Resolved' },
    showOnMap: 'Show on map', consignment: 'Transit {id}', more: '{n} more',
  },
  details: {
    close: 'Close', loading: 'Loading…', notFound: 'No details: it may have left your view.',
    name: 'Name', imo: 'IMO', mmsi: 'MMSI', speed: 'Speed', heading: 'Heading', destination: 'Destination',
    eta: 'ETA', boxesAboard: 'Boxes aboard', consignment: 'Transit', boxes: 'Boxes', lastFix: 'Last report',
    customs: 'Customs', terminal: 'Terminal', seal: 'Seal', battery: 'Battery', carrier: 'Carrier', container: 'Container',
    status: 'Status', route: 'Route', position: 'Position', none: 'none', role: 'Service', lock: 'Lock',
    portCalls: 'Port calls', mode: 'Mode', deadline: 'Deadline', offices: 'Offices',
  },
  panel: {
    overview: {
      title: 'Control center', intro: 'Everything moving under supervision in the port region.',
    },
    water: {
      title: 'Water-to-water transfer', intro: 'Feeders converging on the Qingdao hub, against their mainline cut-offs.',
      connections: 'Connections', feeder: 'Feeder', mainline: 'Mainline', eta: 'ETA', cutoff: 'Cut-off', margin: 'Margin',
      boxes: 'Boxes', required: 'needs {m}', atRisk: 'At risk', onTrack: 'On track', waiting: 'Waiting at the hub',
      atSea: 'At sea', none: 'No feeder with a connection to make.', portCalls: 'Unexpected port calls and connection alerts',
      noPortCalls: 'None.', waitingBoxes: '{n} boxes waiting to connect',
    },
    rail: {
      title: 'Sea-rail', intro: 'Trains from the inland ports to the port rail gate; the gate passage sends the arrival report and closes the transit.',
      trains: 'Trains', boxes: '{n} boxes', none: 'No train under way.', feed: 'At the rail gate',
      noFeed: 'No gate passage yet.', gatePassage: 'Passed the rail gate: arrival reported automatically',
      closed: 'Transit closed', to: 'to {place}',
    },
    road: {
      title: 'Road transit under smart lock', intro: 'Transits on approved corridors; the buffer and the seal, unseal and rest zones are drawn.',
      transits: 'Transits', none: 'No road transit under way.', lockTruck: 'Lock–truck gap', locks: 'Locks',
      deviation: 'Deviation', longStop: 'Long stop', zones: { SEAL: 'Seal zone', UNSEAL: 'Unseal zone', REST: 'Rest zone' },
    },
  },
  map: { zoomInButton: 'Zoom in', zoomOutButton: 'Zoom out', clusterOf: '{n} objects', zoomIn: 'Click to zoom in', corridor: 'Corridor ±{m}', legend: 'Legend' },
  places: {
    hub: 'Hub port', TERMINAL: 'Container terminal', RAIL_GATE: 'Port rail gate', RAIL_YARD: 'Rail yard', PORT_AREA: 'Port area',
    AIRPORT: 'Airport cargo terminal', BONDED_ZONE: 'Bonded zone', SUPERVISION_CENTER: 'Supervision center',
    MULTIMODAL_CENTER: 'Multimodal center', feederLane: 'Feeder lane', railway: 'Rail corridor', road: 'Road corridor',
  },
  notFound: { title: 'Page not found', back: 'Back to the map' },
  errors: { generic: 'Something went wrong: {detail}', forbidden: 'This view is not open to your role.' },
  units: {
    hoursMinutes: '{h} h {m} min', minutes: '{m} min', secondsAgo: '{s} s ago', minutesAgo: '{m} min ago', hoursAgo: '{h} h ago',
    kmh: '{v} km/h', knots: '{v} kn', km: '{v} km', m: '{v} m', percent: '{v} %', degrees: '{v}°',
  },
  // Each page's own strings live in its file, so that pages grow without touching each other.
  containersPages, alertsPages, consignmentsPages, deletionsPages,
};
