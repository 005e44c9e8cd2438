import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** PROTEST: demonstrations, rallies, strikes, hunger strikes, blockades by protesters, riots. */
export const PROTEST: EventTypeLexicon = {
  type: 'PROTEST',
  entries: [
    { phrase: 'protest', pos: 'verb', cameo: '140', example: 'Nurses protested outside the ministry.' },
    { phrase: 'protest', pos: 'noun', cameo: '140', example: 'A protest against the toll drew hundreds.' },
    { phrase: 'protests', pos: 'noun', cameo: '140', example: 'Protests spread to the mining towns.' },
    { phrase: 'demonstrate', pos: 'verb', cameo: '141', mode: 'demo', example: 'Students demonstrated in the main square.' },
    { phrase: 'demonstration', pos: 'noun', cameo: '141', mode: 'demo', example: 'Teachers staged a demonstration at the gates.' },
    { phrase: 'rally', pos: 'noun', cameo: '141', mode: 'demo', example: 'Thousands joined a rally for the jailed poet.' },
    { phrase: 'march', pos: 'verb', cameo: '141', mode: 'demo', example: 'Veterans marched to the parliament.' },
    { phrase: 'hunger strike', pos: 'noun', cameo: '142', mode: 'hunger', example: 'The detainees began a hunger strike.' },
    { phrase: 'strike', pos: 'noun', cameo: '143', mode: 'boycott', example: 'Dockers began an open-ended strike on Monday.' },
    { phrase: 'walkout', pos: 'noun', cameo: '143', mode: 'boycott', example: 'The pilots staged a walkout.' },
    { phrase: 'stop work', pos: 'verb', cameo: '143', mode: 'boycott', example: 'The miners stopped work at noon.' },
    { phrase: 'go on strike', pos: 'verb', cameo: '143', mode: 'boycott', example: 'Bus drivers went on strike.' },
    { phrase: 'boycott', pos: 'noun', cameo: '143', mode: 'boycott', example: 'The shop owners called a boycott of the market tax.' },
    { phrase: 'block', pos: 'verb', cameo: '144', mode: 'obstruct', example: 'Farmers blocked the motorway with tractors.' },
    { phrase: 'blockade', pos: 'verb', cameo: '144', mode: 'obstruct', example: 'Fishermen blockaded the ferry port.' },
    { phrase: 'barricade', pos: 'verb', cameo: '144', mode: 'obstruct', example: 'Residents barricaded the road to the quarry.' },
    { phrase: 'riot', pos: 'verb', cameo: '145', mode: 'riot', example: 'Inmates rioted at the county jail.' },
    { phrase: 'riots', pos: 'noun', cameo: '145', mode: 'riot', example: 'Riots broke out after the verdict.' },
    { phrase: 'unrest', pos: 'noun', cameo: '145', mode: 'riot', example: 'Unrest flared in the port city.' },
  ],
};
