/**
 * Words only reports of sport and of natural science use: teams that "beat" and "attack", probes that "strike" and
 * "fire" are no political events. Our own words, chosen because they have no political sense.
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

export const OUT_OF_DOMAIN: readonly string[] = [...SPORT, ...SCIENCE];
