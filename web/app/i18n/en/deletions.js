// English strings of the deletions pages (keys "deletionsPages.*"); keys mirror ../zh/deletions.js.
export default {
  title: 'Arrival report deletions',
  intro: {
    enterprise: 'Apply online to delete the export arrival report of one of your containers; the terminal confirms, customs approves.',
    terminal: 'Requests for boxes at your facility: confirm that the box is in port and eligible, or refuse with a note.',
    customs: 'Requests the terminal has confirmed: approve the deletion or reject it with a note.',
    control: 'Every deletion request and how long approval takes. Read only.',
    admin: 'Every deletion request and how long approval takes. Read only.',
  },
  flow: { apply: 'Enterprise applies', confirm: 'Terminal confirms', approve: 'Customs approves' },
  status: {
    REQUESTED: 'Awaiting terminal', TERMINAL_CONFIRMED: 'Awaiting customs', REFUSED: 'Refused by terminal',
    APPROVED: 'Approved · deleted', REJECTED: 'Rejected by customs',
  },
  historyStep: {
    REQUESTED: 'Applied', TERMINAL_CONFIRMED: 'Confirmed by the terminal', REFUSED: 'Refused by the terminal',
    APPROVED: 'Approved by customs: arrival report deleted', REJECTED: 'Rejected by customs',
  },
  apply: {
    title: 'Apply for deletion', intro: 'The arrival report (运抵) of the box is deleted once the terminal confirms and customs approves.',
    container: 'Container number', consignment: 'Transit', optional: 'optional', reason: 'Reason',
    reasonHint: 'Why the arrival report must be deleted (plan changed, wrong vessel…)',
    resend: 'Re-send the arrival report in the same request', attachments: 'Supporting documents',
    attachmentsHint: 'Up to 5 files, PDF, JPEG or PNG, 5 MB each.',
    tooManyFiles: 'At most {n} files.', badType: '{name}: only PDF, JPEG or PNG.', tooLarge: '{name} is larger than {mb} MB.',
    submit: 'Apply', sending: 'Sending…',
  },
  list: {
    title: { enterprise: 'Your requests', terminal: 'Requests at your facility', customs: 'Requests for your office', control: 'All requests', admin: 'All requests' },
    none: {
      enterprise: 'You have no deletion request.', terminal: 'No request for your facility.', customs: 'No request for your office.',
      control: 'No request yet.', admin: 'No request yet.',
    },
    status: 'Status', anyStatus: 'Any status', container: 'Container', requestedAt: 'requested {when}', more: 'Show more',
  },
  detail: {
    title: 'Deletion request', pick: 'Pick a request to see its history and documents.',
    tenant: 'Enterprise', facility: 'Terminal', consignment: 'Transit', offices: 'Customs offices', reason: 'Reason',
    resendLabel: 'Re-send arrival', resend: 'with re-send', yes: 'Yes', no: 'No', requestedAt: 'Requested',
    history: 'History', attachments: 'Documents ({n})', noAttachments: 'No document attached.', download: 'Download',
    note: 'Note', noteHint: 'Required when refusing or rejecting', noteRequired: 'Write a note saying why.',
    readOnly: 'Read only: the terminal confirms and customs approves.',
    yourStep: { terminal: 'Is the box in port and eligible for deletion?', customs: 'Approve the deletion of this arrival report?' },
  },
  actions: { confirm: 'Confirm', refuse: 'Refuse', approve: 'Approve', reject: 'Reject' },
  stats: {
    title: 'Deletion statistics', requested: 'Requested', open: 'Open', approved: 'Approved', rejected: 'Refused or rejected',
    p50: 'Median to approval', p90: '90% approved within', max: 'Longest to approval', underMinute: '< 1 min', note: 'Application to approval, over {n} approved requests.',
  },
  // The API's refusals of this workflow, as they read in this language ({x} parts taken from the English).
  problems: {
    required: 'is required', tooLong: 'must be at most {n} characters', unknownContainer: 'no container {box} of yours is known',
    notCarried: 'no consignment of yours carries {box}', noReport: '{box} has no arrival report in force',
    noFacility: '{box} is at no terminal facility that could confirm the deletion', stillOpen: 'Request {id} to delete the arrival report of {box} is still open.',
    noteNeeded: 'is required to {step}: say why', tooMany: 'at most {n} files', badType: 'must be a PDF, JPEG or PNG file',
    notThatType: 'is not a {type} file', tooBig: 'must be at most {n} MB', badBase64: 'could not be read', empty: 'is empty',
  },
};
