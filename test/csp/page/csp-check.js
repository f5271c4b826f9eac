// Collects Content-Security-Policy and Trusted Types violations and uncaught errors for the CSP test.
window.__llrViolations = [];
window.__llrErrors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__llrViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
window.addEventListener('error', (e) => window.__llrErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__llrErrors.push(String(e.reason)));
// What llr-embed.js reports when an element's code could not be loaded.
window.__llrEmbedErrors = [];
document.addEventListener('llr-embed-error', (e) => window.__llrEmbedErrors.push(e.detail.tag));
