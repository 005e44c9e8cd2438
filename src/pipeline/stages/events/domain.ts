/**
 * Reports of sport and of natural science tell of teams that "beat" and "attack", probes that "strike" and "fire":
 * none of it is a political event. A sentence holding a word only such reports use is not coded, and an article
 * with several such sentences (beside PETRARCH's discards) is a report of that kind and codes nothing. Our own words,
 * chosen because they have no political sense.
 */
const SPORT = [
  'scored', 'scoring', 'goalkeeper', 'goalie', 'striker', 'midfielder', 'defenceman', 'defenseman', 'overtime', 'halftime',
  'half-time', 'semifinal', 'semi-final', 'quarterfinal', 'quarter-final', 'playoff', 'playoffs', 'touchdown', 'innings',
  'wicket', 'shootout', 'penalty-kick', 'hat-trick', 'hat trick', 'power play', 'puck', 'rink', 'stanley cup', 'nhl',
  'nba', 'nfl', 'fifa', 'uefa', 'grand slam', 'medalist', 'medallist', 'podium', 'knockout stage', 'group stage',
  'home game', 'away game', 'season opener', 'head coach', 'teammate', 'teammates',
];
const SCIENCE = [
  'asteroid', 'asteroids', 'comet', 'comets', 'spacecraft', 'telescope', 'galaxy', 'galaxies', 'astronomer', 'astronomers',
  'astrophysicist', 'astrophysicists', 'planet', 'planets', 'exoplanet', 'exoplanets', 'orbiter', 'lander', 'rover',
  'ice shell', 'subsurface ocean', 'thrusters', 'meteorite', 'meteor', 'lunar surface', 'solar wind', 'black hole',
  'neutron star', 'fossil', 'fossils', 'dinosaur', 'dinosaurs', 'molecule', 'molecules', 'protein', 'proteins', 'enzyme',
];

const PHRASES = [...SPORT, ...SCIENCE].map((p) => p.split(' '));
const BY_FIRST = new Map<string, string[][]>();
for (const p of PHRASES) BY_FIRST.set(p[0], [...(BY_FIRST.get(p[0]) ?? []), p]);

/** Does a sentence (lower-case words) hold a word of sport or natural science? */
export function outOfDomain(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const list = BY_FIRST.get(words[i]);
    if (!list) continue;
    for (const p of list) {
      let k = 1;
      while (k < p.length && words[i + k] === p[k]) k++;
      if (k === p.length) return true;
    }
  }
  return false;
}

// two such sentences make a report of sport or science, however long the article
const MIN_OUT_OF_DOMAIN_SENTENCES = 2;

/** Is the article a report of sport or science (several sentences out of the political domain)? */
export function outOfDomainArticle(flags: boolean[]): boolean {
  let n = 0;
  for (const f of flags) if (f) n++;
  return n >= MIN_OUT_OF_DOMAIN_SENTENCES;
}
