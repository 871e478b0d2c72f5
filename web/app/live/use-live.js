// Re-renders a component when the live store's items or alerts change (at most once per frame,
// as the store applies them).
import { useEffect, useState } from '../html.js';

export function useLive(store) {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion(v => v + 1);
    const offItems = store.changed.on(bump);
    const offAlerts = store.alertChanged.on(bump);
    return () => {
      offItems();
      offAlerts();
    };
  }, [store]);
}
