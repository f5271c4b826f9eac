/**
 * Help for people who get stuck online (vision note: phone, chat, face to face): the one default every element
 * offers. The wallet lets the host change each channel (help-phone, help-chat-url, help-visit-url).
 */
export const DEFAULT_HELP = {
  /** Vlaamse Infolijn: free from a Belgian phone. */
  phone: '1700',
  chatUrl: 'https://www.vlaanderen.be/contact',
  visitUrl: 'https://www.vdab.be/contact',
} as const;
