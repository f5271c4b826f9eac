/**
 * What both embedded pages do: start the mock API in development only, define the tags, then hand the page to
 * startEmbeddedPage with the postMessage host and the allow-list from the page's <meta name="llr-allowed-origins">.
 */
import { parseAllowedOrigins, postMessageHost } from '../src/embed-page/host';
import { startEmbeddedPage, type EmbeddedPageOptions } from '../src/embed-page/page';
import type { LlrProvider } from '../src/elements/provider/provider';

/** False in the built pages (vite.pages.config.ts): the real API answers. In `npm start`, msw does. */
declare const __LLR_DEMO_MSW__: boolean | undefined;
const useMsw = typeof __LLR_DEMO_MSW__ === 'undefined' || __LLR_DEMO_MSW__;

export interface PageSetup extends Pick<EmbeddedPageOptions, 'options' | 'titles'> {
  /** The element's tag. */
  tag: string;
  /** The page's name in messages to the host. */
  page: string;
  /** Defines the provider and the element. */
  define: () => Promise<unknown>;
}

export async function startPage(setup: PageSetup): Promise<void> {
  if (useMsw) {
    const { startMockApi } = await import('../mocks/browser');
    await startMockApi();
  }
  await setup.define();
  const provider = document.querySelector<LlrProvider>('llr-provider');
  const element = document.querySelector<HTMLElement>(setup.tag);
  if (!provider || !element) throw new Error(`embedded page: <llr-provider> or <${setup.tag}> missing`);
  const allowed = document.querySelector<HTMLMetaElement>('meta[name="llr-allowed-origins"]')?.content ?? '';
  startEmbeddedPage({
    element,
    provider,
    host: postMessageHost({ allowedOrigins: parseAllowedOrigins(allowed), page: setup.page }),
    options: setup.options,
    titles: setup.titles,
  });
}
