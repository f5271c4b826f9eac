// The bench host page: passes the persona's token (?persona=…) to every widget through <llr-provider>.
const persona = new URLSearchParams(location.search).get('persona');
customElements.whenDefined('llr-provider').then(() => {
  const provider = document.querySelector('llr-provider');
  if (provider && persona) provider.getToken = () => `demo-${persona}`;
});
