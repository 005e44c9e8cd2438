/** English closed-class words that several sections share, each written once. */

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A leading definite article, which names in the knowledge lists and the gazetteer do not have ("the Netherlands"). */
export const LEADING_ARTICLE = /^the\s+/i;

/** The plain reporting verb in its commonest news forms ("said", "says", "told"). */
export const REPORTING_SAY = ['said', 'told', 'says'];
