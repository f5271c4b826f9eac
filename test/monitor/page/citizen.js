// The e2e host page's glue (runs before llr-embed.js): logs in with the persona's token given in the address
// (#token=…, a real token of the demo issuer), before the wallet asks, and records what a host sees of the widgets
// (their events) for test/monitor/e2e.node.test.ts to read.
const seen = { steps: [], complete: null, walletLoad: null };
window.__llr = seen;
document.addEventListener('llr-wegwijzer-step', (e) => seen.steps.push(e.detail.step));
document.addEventListener('llr-wegwijzer-complete', (e) => (seen.complete = e.detail));
document.addEventListener('llr-wallet-load', (e) => (seen.walletLoad = e.detail));
const token = new URLSearchParams(location.hash.slice(1)).get('token');
const provider = document.getElementById('provider');
if (token && provider) provider.getToken = () => token;
