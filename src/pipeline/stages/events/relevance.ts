import type { ActorGroup } from './actors.js';

/**
 * Sectors of the state and of organised political or armed power (government, armed forces, police, rebels and
 * unaffiliated armed groups, opposition and parties, legislature, courts, intelligence): one of them acting or acted
 * on makes an act political wherever its country is left unknown.
 */
const POLITICAL_SECTORS = new Set(['GOV', 'MIL', 'COP', 'REB', 'UAF', 'OPP', 'PTY', 'LEG', 'JUD', 'SPY']);

/**
 * Is the party a political actor: of a known country or an international body (the codes the field's event data
 * counts), of a political sector, or a named organisation (a party, a militia, an agency the dictionaries lack)? A
 * person of no known country or role (a novel's hero, a neighbour) is not one, nor a pronoun nothing before resolves.
 */
export function politicalActor(g: ActorGroup | null): boolean {
  return !!g && (!!g.country || POLITICAL_SECTORS.has(g.sector ?? '') || (!!g.entity && !g.person && !g.pronoun));
}

/** An event needs a political actor in one of its roles: an act between private parties is no political event. */
export function politicallyRelevant(source: ActorGroup | null, target: ActorGroup | null): boolean {
  return politicalActor(source) || politicalActor(target);
}
