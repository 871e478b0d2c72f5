// The alert detail's map as a component: made once, redrawn for each alert.
import { html } from '../../html.js';
import { EvidenceMap } from '../../map/evidence-layers.js';
import { useMapCard } from '../../map/use-map-card.js';

export function EvidenceMapCard({ alert, transit }) {
  const element = useMapCard(e => new EvidenceMap(e), map => map.show(alert, transit), [alert, transit]);
  return html`<div class="small-map evidence-map" id="evidence-map" ref=${element}></div>`;
}
