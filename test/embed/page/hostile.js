// A page on an origin that is not on the allow-list. Two roles:
// - hostile.html?frame=<embedded page URL>: frames the embedded page and hands it a token of its own choosing;
// - hostile.html?sibling: a frame inside a real portal's page that posts a token to the portal's first frame.
// Either way it keeps posting for a few seconds (window.__posted counts), and records any message it receives
// (window.__received).
const params = new URLSearchParams(location.search);
const TOKEN = { source: 'llr-embed', version: 1, type: 'token', token: 'demo-high-educated-pop' };

window.__received = [];
window.addEventListener('message', (event) => window.__received.push(event.data));

let target;
if (params.has('frame')) {
  const frame = document.createElement('iframe');
  frame.id = 'llr';
  frame.title = 'Framed by a stranger';
  frame.src = params.get('frame');
  document.body.append(frame);
  target = () => frame.contentWindow;
} else {
  target = () => window.parent.frames[0];
}

window.__posted = 0;
const timer = setInterval(() => {
  const frame = target();
  if (frame) {
    frame.postMessage(TOKEN, '*');
    window.__posted += 1;
  }
  if (window.__posted >= 40) clearInterval(timer);
}, 100);
