/**
 * Words only reports of sport, of natural science and of entertainment use: teams that "beat" and "attack", probes
 * that "strike" and "fire", films that "attack" an industry are no political events. Our own words, chosen because
 * they have no political sense.
 */
const SPORT = [
  'scored', 'scoring', 'goalkeeper', 'goalie', 'striker', 'midfielder', 'defenceman', 'defenseman', 'overtime', 'halftime',
  'half-time', 'semifinal', 'semi-final', 'quarterfinal', 'quarter-final', 'playoff', 'playoffs', 'touchdown', 'innings',
  'wicket', 'shootout', 'penalty-kick', 'hat-trick', 'hat trick', 'power play', 'puck', 'rink', 'stanley cup', 'nhl',
  'nba', 'nfl', 'fifa', 'uefa', 'grand slam', 'medalist', 'medallist', 'podium', 'knockout stage', 'group stage',
  'home game', 'away game', 'season opener', 'head coach', 'teammate', 'teammates', 'goaltender', 'goaltenders',
  'netminder', 'quarterback', 'touchdowns', 'home run', 'home runs', 'free kick', 'corner kick', 'stoppage time',
  'penalty shootout', 'power-play', 'short-handed', 'tiebreak', 'tie-break', 'match point', 'set point', 'birdie',
  'bogey', 'fairway', 'grand prix', 'pole position', 'sprinter', 'sprinters',
];
const SCIENCE = [
  'asteroid', 'asteroids', 'comet', 'comets', 'spacecraft', 'telescope', 'galaxy', 'galaxies', 'astronomer', 'astronomers',
  'astrophysicist', 'astrophysicists', 'planet', 'planets', 'exoplanet', 'exoplanets', 'orbiter', 'lander', 'rover',
  'ice shell', 'subsurface ocean', 'thrusters', 'meteorite', 'meteor', 'lunar surface', 'solar wind', 'black hole',
  'neutron star', 'fossil', 'fossils', 'dinosaur', 'dinosaurs', 'molecule', 'molecules', 'protein', 'proteins', 'enzyme',
];
// of film and music: phrases with no use in politics ("actress" alone is left out: an actress may be arrested)
const ENTERTAINMENT = [
  'best actress', 'best actor', 'best picture', 'best director', 'soundtrack', 'box office', 'box-office', 'screenplay',
  'sitcom', 'red carpet', 'music video', 'premiered', 'premieres', 'album', 'albums', 'blockbuster', 'chart-topping',
];

export const OUT_OF_DOMAIN: readonly string[] = [...SPORT, ...SCIENCE, ...ENTERTAINMENT];

/** Verbs and nouns of a game's result: beside a scoreline ("beat Sweden 3-1", "a 2-0 win") they tell of a game. */
export const GAME_RESULT_WORDS: ReadonlySet<string> = new Set([
  'beat', 'beats', 'beating', 'defeated', 'defeating', 'edged', 'routed', 'thrashed', 'downed', 'blanked', 'drew', 'won',
  'lost', 'win', 'wins', 'victory', 'defeat', 'loss', 'draw', 'triumph', 'rout', 'thrashing', 'drubbing',
]);

/** Words of a count that is no game: votes, polls and rulings are told as "52-48" and "5-4" too. */
export const TALLY_WORDS: ReadonlySet<string> = new Set([
  'vote', 'votes', 'voted', 'voting', 'ballot', 'ballots', 'poll', 'polls', 'survey', 'seats', 'ruled', 'ruling',
  'court', 'justices', 'jury', 'majority', 'referendum', 'election', 'elections', 'primary', 'delegates', 'senate',
]);

/** Verbs of defeating a rival: in a contest ("beat Odinga in the runoff") they tell a result, not force. */
export const CONTEST_VERBS: ReadonlySet<string> = new Set(['beat', 'defeat', 'crush', 'rout', 'trounce', 'thrash', 'edge', 'outpoll', 'best', 'unseat', 'oust']);

/** Contests and the margins they are won by, which give a verb of defeating its sense of winning ("in the runoff", "by 3,000 votes"). */
export const CONTEST_NOUNS: ReadonlySet<string> = new Set([
  'election', 'runoff', 'run-off', 'by-election', 'vote', 'poll', 'ballot', 'primary', 'caucus', 'race', 'contest', 'referendum',
  'landslide', 'match', 'game', 'final', 'semifinal', 'tournament', 'championship', 'playoff', 'margin', 'point', 'percent',
]);

/** What a contest wins: an office, a nomination, a title ("beat Le Pen to win a second term"). */
export const CONTEST_PRIZES: ReadonlySet<string> = new Set([
  'presidency', 'nomination', 'term', 'title', 'seat', 'mandate', 'premiership', 'leadership', 'medal', 'trophy', 'cup',
  'election', 'race', 'vote', 'championship', 'majority', 'prize', 'award',
]);

/** The verbs of winning a prize: "beat Le Pen to win a second term". */
export const WIN_VERBS: ReadonlySet<string> = new Set(['win', 'retain', 'clinch', 'secure', 'capture']);

/**
 * Economic figures, measured somewhere: the place is where they were measured, not a party to an act ("warned of
 * weaker sales in China", "blamed falling demand in Europe").
 */
export const MARKET_NOUNS: ReadonlySet<string> = new Set([
  'sale', 'demand', 'supply', 'export', 'import', 'price', 'growth', 'revenue', 'profit', 'earnings', 'market', 'share',
  'output', 'production', 'consumption', 'spending', 'inflation', 'unemployment', 'investment', 'shipment', 'deliveries',
  'delivery', 'order', 'margin', 'income', 'turnover', 'volume', 'footfall', 'traffic', 'subscriber', 'customer',
]);
