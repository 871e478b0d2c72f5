// The alert detail's map as a component: made once, redrawn for each alert.
import { html, useEffect, useRef } from '../../html.js';
import { useLanguage } from '../../i18n/i18n.js';
import { EvidenceMap } from '../../map/evidence-layers.js';

export function EvidenceMapCard({ alert, transit }) {
  const element = useRef(null);
  const map = useRef(null);
  const lang = useLanguage();

  useEffect(() => {
    map.current = new EvidenceMap(element.current);
    return () => map.current.destroy();
  }, []);

  useEffect(() => {
    map.current.show(alert, transit);
  }, [alert, transit]);

  useEffect(() => map.current.relabel(), [lang]);

  return html`<div class="small-map evidence-map" id="evidence-map" ref=${element}></div>`;
}
