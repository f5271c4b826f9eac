import { ApiError } from '../api/errors';

/** A module an element loads on demand (see docs/CONTRIBUTING.md, "Small entries"). */
export interface OnDemand<T> {
  /** Starts the import, or joins the one under way. A failure is an ApiError('offline'), and the next call tries again. */
  load(): Promise<T>;
  /** The module once it is there, for synchronous use in render(). */
  readonly loaded: T | undefined;
}

/** `what` names it in the error message, e.g. "llr-wallet: its views". */
export function onDemand<T>(what: string, importModule: () => Promise<T>): OnDemand<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load: () =>
      (loading ??= importModule().then(
        (module) => (loaded = module),
        (cause: unknown) => {
          // Browsers fetch a failed dynamic import again, so a retry after the connection is back works.
          loading = undefined;
          throw new ApiError('offline', `${what} could not be loaded`, { cause });
        },
      )),
    get loaded() {
      return loaded;
    },
  };
}
