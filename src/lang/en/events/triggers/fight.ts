import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** FIGHT: conventional military force: fighting, shelling, air strikes, invasions, firing on forces. */
export const FIGHT: EventTypeLexicon = {
  type: 'FIGHT',
  entries: [
    { phrase: 'fight', pos: 'verb', cameo: '190', symmetric: true, example: 'The two armies fought for the pass.' },
    { phrase: 'fighting', pos: 'noun', cameo: '190', symmetric: true, example: 'Fighting between the factions resumed at dawn.' },
    { phrase: 'clash', pos: 'verb', cameo: '190', symmetric: true, example: 'Border guards clashed with smugglers.' },
    { phrase: 'clashes', pos: 'noun', cameo: '190', symmetric: true, example: 'Clashes erupted near the airport.' },
    { phrase: 'battle', pos: 'noun', cameo: '190', symmetric: true, example: 'The battle for the port lasted a week.' },
    { phrase: 'shell', pos: 'verb', cameo: '194', mode: 'heavy-weapons', example: 'Artillery shelled the ridge.' },
    { phrase: 'shelling', pos: 'noun', cameo: '194', mode: 'heavy-weapons', example: 'Shelling of the suburbs continued.' },
    { phrase: 'fire ~ shell', pos: 'verb', cameo: '194', mode: 'heavy-weapons', example: 'The battery fired shells at the fort.' },
    { phrase: 'fire ~ rockets', pos: 'verb', cameo: '194', mode: 'heavy-weapons', example: 'The militia fired rockets at the base.' },
    { phrase: 'fire ~ missiles', pos: 'verb', cameo: '194', mode: 'heavy-weapons', example: 'The cruiser fired missiles at the radar site.' },
    { phrase: 'open fire', pos: 'verb', cameo: '193', mode: 'firearms', example: 'Soldiers opened fire on the convoy.' },
    { phrase: 'shoot', pos: 'verb', cameo: '193', mode: 'firearms', example: 'Snipers shot at the patrol.' },
    { phrase: 'fire on', pos: 'verb', cameo: '193', mode: 'firearms', example: 'The guards fired on the boats.' },
    { phrase: 'bombard', pos: 'verb', cameo: '194', mode: 'heavy-weapons', example: 'Warships bombarded the coast.' },
    { phrase: 'air strike', pos: 'noun', cameo: '195', mode: 'heavy-weapons', example: 'An air strike hit the depot.' },
    { phrase: 'airstrike', pos: 'noun', cameo: '195', mode: 'heavy-weapons', example: 'An airstrike destroyed the bridge.' },
    { phrase: 'air raid', pos: 'noun', cameo: '195', mode: 'heavy-weapons', example: 'An air raid on the airfield was reported.' },
    { phrase: 'invade', pos: 'verb', cameo: '190', mode: 'heavy-weapons', example: 'The army invaded the border province.' },
    { phrase: 'invasion', pos: 'noun', cameo: '190', mode: 'heavy-weapons', example: 'The invasion of the island began at dawn.' },
    { phrase: 'offensive', pos: 'noun', cameo: '190', example: 'The army launched an offensive in the hills.' },
    { phrase: 'counteroffensive', pos: 'noun', cameo: '190', example: 'The defenders began a counteroffensive.' },
    { phrase: 'retake', pos: 'verb', cameo: '190', mode: 'heavy-weapons', example: 'Government troops retook the town.' },
    { phrase: 'recapture', pos: 'verb', cameo: '190', mode: 'heavy-weapons', example: 'The brigade recaptured the airport.' },
    { phrase: 'ceasefire violation', pos: 'noun', cameo: '196', example: 'Both sides reported a ceasefire violation.' },
  ],
};
