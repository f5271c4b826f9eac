// A host component (another team's web component) that renders our wallet inside its own shadow root.
customElements.define(
  'host-widget',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      if (!root.firstChild) root.append(document.createElement('llr-wallet'));
    }
  },
);
