// The bench host page: passes the persona's token (?persona=…) to every widget through <llr-provider>, as
// docs/embedding.md shows: set on the element right away (before or after it is defined, Lit keeps it).
const persona = new URLSearchParams(location.search).get('persona');
const provider = document.querySelector('llr-provider');
if (provider && persona) provider.getToken = () => `demo-${persona}`;
