import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** COERCE: arrests, detentions, deportations, curfews, bans, censorship, seizure and destruction of property. */
export const COERCE: EventTypeLexicon = {
  type: 'COERCE',
  entries: [
    { phrase: 'arrest', pos: 'verb', cameo: '173', mode: 'arrest', example: 'Police arrested twelve smugglers at the port.' },
    { phrase: 'arrest', pos: 'noun', cameo: '173', mode: 'arrest', example: 'The arrest of the editor drew protests.' },
    { phrase: 'detain', pos: 'verb', cameo: '173', mode: 'detain', example: 'Guards detained the reporters for six hours.' },
    { phrase: 'hold ~ hostage', pos: 'verb', cameo: '181', mode: 'detain', example: 'The gang held the crew hostage.' },
    { phrase: 'jail', pos: 'verb', cameo: '173', mode: 'arrest', example: 'The court jailed the activist for two years.' },
    { phrase: 'imprison', pos: 'verb', cameo: '173', mode: 'arrest', example: 'The regime imprisoned the poet.' },
    { phrase: 'deport', pos: 'verb', cameo: '174', mode: 'deport', example: 'The island deported forty migrants.' },
    { phrase: 'force out', pos: 'verb', cameo: '174', mode: 'deport', example: 'Soldiers forced out the villagers from their homes.' },
    { phrase: 'evict', pos: 'verb', cameo: '174', mode: 'deport', example: 'The city evicted the street traders.' },
    { phrase: 'curfew', pos: 'noun', cameo: '1723', mode: 'curfew', example: 'The governor imposed a curfew on the port district.' },
    { phrase: 'state of emergency', pos: 'noun', cameo: '1724', mode: 'martial-law', example: 'The cabinet declared a state of emergency in the north.' },
    { phrase: 'martial law', pos: 'noun', cameo: '1724', mode: 'martial-law', example: 'The junta declared martial law.' },
    { phrase: 'ban', pos: 'verb', cameo: '1722', mode: 'ban', example: 'The commission banned the party from the vote.' },
    { phrase: 'censor', pos: 'verb', cameo: '1721', mode: 'censor', example: 'The ministry censored the evening news.' },
    { phrase: 'seize', pos: 'verb', cameo: '171', mode: 'seize', example: 'Customs seized a shipment of rifles.' },
    { phrase: 'confiscate', pos: 'verb', cameo: '1711', mode: 'confiscate', example: 'The state confiscated the farms.' },
    { phrase: 'demolish', pos: 'verb', cameo: '1712', mode: 'destroy', example: 'Bulldozers demolished the market stalls.' },
    { phrase: 'blow up', pos: 'verb', cameo: '1712', mode: 'destroy', example: 'Saboteurs blew up a railway bridge.' },
    { phrase: 'destroy', pos: 'verb', cameo: '1712', mode: 'destroy', example: 'The flood destroyed the crops; militiamen destroyed the depot.' },
    { phrase: 'hack', pos: 'verb', cameo: '171', mode: 'confiscate', example: 'A group hacked the ministry email servers.' },
    { phrase: 'blockade', pos: 'noun', cameo: '191', mode: 'restrict', example: 'The navy enforced a blockade of the port.' },
    { phrase: 'occupy', pos: 'verb', cameo: '192', mode: 'seize', example: 'The army occupied the island.' },
    { phrase: 'kidnap', pos: 'verb', cameo: '181', mode: 'detain', example: 'Gunmen kidnapped two aid workers.' },
    { phrase: 'abduct', pos: 'verb', cameo: '181', mode: 'detain', example: 'The militia abducted a judge.' },
  ],
};
