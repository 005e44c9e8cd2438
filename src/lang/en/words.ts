/** English closed-class words that several sections share, each written once. */

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The plain reporting verb in its commonest news forms ("said", "says", "told"). */
export const REPORTING_SAY = ['said', 'told', 'says'];
