
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.help-phone': str`Need help? Call ${0} free of charge.`,
'common.loading': `Loading…`,
'common.retry': `Try again`,
'error.forbidden': `You do not have access to this information.`,
'error.invalid-response': `We received incomplete or incorrect data. Please try again later.`,
'error.not-found': `We cannot find this information.`,
'error.offline': `You are not connected to the internet. Check your connection and try again.`,
'error.server': `Something went wrong while fetching your data. Please try again.`,
'error.timeout': `Fetching your data is taking too long. Please try again shortly.`,
'error.unauthorized': `Log in to see your information.`,
'error.unavailable': `The service is briefly unavailable. Please try again in a few minutes.`,
    };
  