// The host page's own script: passes the citizen's token to the widgets (a real portal gets it from its login).
const provider = document.querySelector('llr-provider');
const persona = new URLSearchParams(location.search).get('persona');
customElements.whenDefined('llr-provider').then(() => {
  if (provider && persona) provider.getToken = () => `demo-${persona}`;
});
