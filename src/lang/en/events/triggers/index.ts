import { AGREE } from './agree.js';
import { AID } from './aid.js';
import { ASSAULT } from './assault.js';
import { COERCE } from './coerce.js';
import { CONCEDE } from './concede.js';
import { CONSULT } from './consult.js';
import { COOPERATE } from './cooperate.js';
import { DEMAND } from './demand.js';
import { DISAPPROVE } from './disapprove.js';
import { FIGHT } from './fight.js';
import { INVESTIGATE } from './investigate.js';
import { MOBILIZE } from './mobilize.js';
import { PROTEST } from './protest.js';
import { REJECT } from './reject.js';
import { RETREAT } from './retreat.js';
import { SANCTION } from './sanction.js';
import { THREATEN } from './threaten.js';
import { SUPPORT } from './support.js';
import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

export type { EventTypeLexicon, PredicateEntry } from '../../../sections/event-triggers.js';

/** The English event trigger lexicon: one PLOVER event type a file. */
export const EVENT_LEXICON: readonly EventTypeLexicon[] = [
  AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE, RETREAT, INVESTIGATE, DEMAND, DISAPPROVE, REJECT, THREATEN,
  PROTEST, MOBILIZE, SANCTION, COERCE, ASSAULT, FIGHT,
];
