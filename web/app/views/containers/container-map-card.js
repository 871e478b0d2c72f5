// The container page's map as a component: made once, redrawn when the data changes.
import { html } from '../../html.js';
import { ContainerMap } from '../../map/container-map.js';
import { useMapCard } from '../../map/use-map-card.js';

export function ContainerMapCard({ position, transit, track, lockId }) {
  const element = useMapCard(e => new ContainerMap(e), map => map.draw({ position, transit, track, lockId }), [position, transit, track, lockId]);
  return html`<div class="small-map container-map" id="container-map" ref=${element}></div>`;
}
