// A page card's own map (the container page, the alert detail) as component state: made once,
// redrawn when its inputs change, and relabelled when the language changes.
import { useEffect, useRef } from '../html.js';
import { useLanguage } from '../i18n/i18n.js';

/** Answers the ref for the map's element; create(element) makes the map, draw(map) draws the inputs. */
export function useMapCard(create, draw, inputs) {
  const element = useRef(null);
  const map = useRef(null);
  const lang = useLanguage();

  useEffect(() => {
    map.current = create(element.current);
    return () => map.current.destroy();
  }, []);

  useEffect(() => draw(map.current), inputs);
  useEffect(() => map.current.relabel(), [lang]);
  return element;
}
