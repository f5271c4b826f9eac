// Bench helpers loaded before the bundle: layout-shift accumulation and resource timings.
window.__cls = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
}).observe({ type: 'layout-shift', buffered: true });

/** Resolves with the time (performance.now()) at which `count` cards are rendered inside the wallet. */
window.__walletRendered = (count) =>
  new Promise((resolve) => {
    const check = async () => {
      const wallet = document.querySelector('llr-wallet');
      const cards = wallet?.shadowRoot ? Array.from(wallet.shadowRoot.querySelectorAll('llr-incentive-card')) : [];
      if (cards.length >= count) {
        await Promise.all(cards.map((c) => c.updateComplete));
        resolve(performance.now());
        return true;
      }
      return false;
    };
    const observe = () => {
      const wallet = document.querySelector('llr-wallet');
      if (!wallet?.shadowRoot) return void setTimeout(observe, 5);
      const mo = new MutationObserver(async () => {
        if (await check()) mo.disconnect();
      });
      mo.observe(wallet.shadowRoot, { childList: true, subtree: true });
      void check().then((done) => done && mo.disconnect());
    };
    observe();
  });

/** The end of the last API response that arrived before `until` (the data the render waited for). */
window.__lastApiResponseEnd = (until) => {
  const ends = performance
    .getEntriesByType('resource')
    .filter((e) => e.name.includes('/api/') && e.responseEnd <= until)
    .map((e) => e.responseEnd);
  return ends.length ? Math.max(...ends) : NaN;
};
