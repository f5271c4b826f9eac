
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.help-phone': str`Besoin d’aide ? Appelez gratuitement le ${0}.`,
'common.loading': `Chargement…`,
'common.retry': `Réessayer`,
'error.forbidden': `Vous n’avez pas accès à ces données.`,
'error.invalid-response': `Nous avons reçu des données incomplètes ou erronées. Réessayez plus tard.`,
'error.not-found': `Nous ne trouvons pas ces données.`,
'error.offline': `Vous n’êtes pas connecté à internet. Vérifiez votre connexion et réessayez.`,
'error.server': `Un problème est survenu lors de la récupération de vos données. Réessayez.`,
'error.timeout': `La récupération de vos données prend trop de temps. Réessayez dans un instant.`,
'error.unauthorized': `Connectez-vous pour voir vos données.`,
'error.unavailable': `Le service est momentanément indisponible. Réessayez dans quelques minutes.`,
    };
  