/** The package version, stamped on every class we define so two copies on one page can recognise each other. */
export const LLR_VERSION = '0.1.0';

type VersionedConstructor = CustomElementConstructor & { llrVersion?: string };

/**
 * Registers a custom element without ever throwing. Portals may load our embed bundle twice, or the
 * embed bundle next to the npm package: the first definition wins; a second copy of the same version
 * is silently ignored and a different version (or a foreign element with our tag) gets one warning.
 * Returns true when this call defined the tag.
 */
export function safeDefine(tag: string, ctor: CustomElementConstructor, registry: CustomElementRegistry = customElements): boolean {
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing !== ctor && existing.llrVersion !== LLR_VERSION) {
      const other = existing.llrVersion ? `version ${existing.llrVersion}` : 'another script';
      console.warn(`[llr] <${tag}> is already defined by ${other}; keeping that definition (this is ${LLR_VERSION}).`);
    }
    return false;
  }
  (ctor as VersionedConstructor).llrVersion = LLR_VERSION;
  try {
    registry.define(tag, ctor);
    return true;
  } catch (error) {
    // A constructor can be registered under one tag only; a racing copy may have won.
    console.warn(`[llr] could not define <${tag}>: ${(error as Error).message}`);
    return false;
  }
}
