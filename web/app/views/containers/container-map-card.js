// The container page's map as a component: made once, redrawn when the data changes.
import { html, useEffect, useRef } from '../../html.js';
import { useLanguage } from '../../i18n/i18n.js';
import { ContainerMap } from '../../map/container-map.js';

export function ContainerMapCard({ position, transit, track, lockId }) {
  const element = useRef(null);
  const map = useRef(null);
  const lang = useLanguage();

  useEffect(() => {
    map.current = new ContainerMap(element.current);
    return () => map.current.destroy();
  }, []);

  useEffect(() => {
    map.current.draw({ position, transit, track, lockId });
  }, [position, transit, track, lockId]);

  useEffect(() => map.current.relabel(), [lang]);

  return html`<div class="small-map container-map" id="container-map" ref=${element}></div>`;
}
