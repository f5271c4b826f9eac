// A portal that frames an embedded page, as Mijn Burgerprofiel's web app does (the test's stand-in):
//   host.html?frame=<embedded page URL>[&token=<token>|&silent][&sibling=<URL of another frame>]
// It answers the page's "ready" with the token (null without one; nothing with `silent`), sizes the frame from
// "height", and records every message of the page (window.__messages). window.__setToken(t) hands over a new one.
const params = new URLSearchParams(location.search);
const frameUrl = params.get('frame');
const embedOrigin = new URL(frameUrl).origin;
let token = params.get('token');
const silent = params.has('silent');

window.__messages = [];

const frame = document.createElement('iframe');
frame.id = 'llr';
frame.title = 'Leer- en loopbaanrekening';
frame.src = frameUrl;
frame.style.width = '100%';
frame.style.border = '0';
frame.style.height = '150px';
document.body.append(frame);

function send(value) {
  frame.contentWindow.postMessage({ source: 'llr-embed', version: 1, type: 'token', token: value }, embedOrigin);
}

window.addEventListener('message', (event) => {
  if (event.origin !== embedOrigin || event.source !== frame.contentWindow) return;
  const message = event.data;
  if (!message || message.source !== 'llr-embed') return;
  window.__messages.push(message);
  if (message.type === 'ready' && !silent) send(token);
  if (message.type === 'height') frame.style.height = `${message.height}px`;
});

window.__setToken = (value) => {
  token = value;
  send(value);
};

// Another frame on the portal (an advert, a compromised widget): it must not reach the embedded page.
const sibling = params.get('sibling');
if (sibling) {
  const other = document.createElement('iframe');
  other.id = 'sibling';
  other.title = 'Another frame';
  other.src = sibling;
  document.body.append(other);
}
