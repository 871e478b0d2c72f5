// A list a panel keeps fresh: fetched at once, again every so often, and soon after something
// shows it changed. A failed fetch keeps what is shown; the next one tries again.
export function refresher(fetchOnce, onResult, everyMs) {
  let stopped = false;
  let timer = 0;
  const run = async () => {
    clearTimeout(timer);
    try {
      const result = await fetchOnce();
      if (!stopped) onResult(result);
    } catch {
      // Kept as shown until the next try.
    }

    if (!stopped) timer = setTimeout(run, everyMs);
  };

  run();
  return {
    soon(delayMs) {
      clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
