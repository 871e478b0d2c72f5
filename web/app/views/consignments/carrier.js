// The marker kind of a transit's carrier (the API's `carrier`, on the consignment and on its track).

/** A feeder, a train or a truck. */
export function carrierKind(carrier) {
  return { VESSEL: 'feeder', TRAIN: 'train', TRUCK: 'truck' }[carrier?.kind] ?? 'truck';
}
