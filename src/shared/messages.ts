import { msg, str } from '@lit/localize';
import { DEFAULT_HELP } from './help';
import type { ApiErrorKind } from '../api/errors';

/**
 * Messages shared by all elements (errors, retry, units). Call these inside render() so they follow
 * the active locale. Translations: src/shared/messages.i18n.json.
 */
export function errorMessage(kind: ApiErrorKind): string {
  switch (kind) {
    case 'offline':
      return msg('Je bent niet verbonden met het internet. Controleer je verbinding en probeer opnieuw.', { id: 'error.offline' });
    case 'timeout':
      return msg('Het duurt te lang om je gegevens op te halen. Probeer het zo opnieuw.', { id: 'error.timeout' });
    case 'unavailable':
      return msg('De dienst is even niet beschikbaar. Probeer het over enkele minuten opnieuw.', { id: 'error.unavailable' });
    case 'not-found':
      return msg('We vinden deze gegevens niet.', { id: 'error.not-found' });
    case 'forbidden':
      return msg('Je hebt geen toegang tot deze gegevens.', { id: 'error.forbidden' });
    case 'unauthorized':
      return msg('Meld je aan om je gegevens te zien.', { id: 'error.unauthorized' });
    case 'invalid-response':
      return msg('We kregen onvolledige of foute gegevens. Probeer het later opnieuw.', { id: 'error.invalid-response' });
    default:
      return msg('Er ging iets mis bij het ophalen van je gegevens. Probeer het opnieuw.', { id: 'error.server' });
  }
}

export const retryLabel = () => msg('Probeer opnieuw', { id: 'common.retry' });
export const loadingLabel = () => msg('Bezig met laden…', { id: 'common.loading' });
export const helpLine = (phone: string = DEFAULT_HELP.phone) => msg(str`Hulp nodig? Bel gratis ${phone}.`, { id: 'common.help-phone' });
