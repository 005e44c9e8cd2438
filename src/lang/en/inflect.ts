/** English inflection for the lexicon: every form a base verb or a noun takes in news text. */

/** Irregular verbs: base -> [past, past participle]. */
const IRREGULAR: Record<string, [string, string]> = {
  meet: ['met', 'met'], hold: ['held', 'held'], give: ['gave', 'given'], send: ['sent', 'sent'], fight: ['fought', 'fought'],
  seek: ['sought', 'sought'], shoot: ['shot', 'shot'], lead: ['led', 'led'], take: ['took', 'taken'],
  withdraw: ['withdrew', 'withdrawn'], strike: ['struck', 'struck'], blow: ['blew', 'blown'], begin: ['began', 'begun'],
  break: ['broke', 'broken'], swear: ['swore', 'sworn'], beat: ['beat', 'beaten'], pay: ['paid', 'paid'],
  say: ['said', 'said'], tell: ['told', 'told'], bring: ['brought', 'brought'], forgive: ['forgave', 'forgiven'],
  go: ['went', 'gone'], keep: ['kept', 'kept'], leave: ['left', 'left'], lay: ['laid', 'laid'], make: ['made', 'made'],
  put: ['put', 'put'], cut: ['cut', 'cut'], set: ['set', 'set'], hit: ['hit', 'hit'], sell: ['sold', 'sold'],
  retake: ['retook', 'retaken'], undertake: ['undertook', 'undertaken'], overrun: ['overran', 'overrun'],
  freeze: ['froze', 'frozen'], forsake: ['forsook', 'forsaken'], shut: ['shut', 'shut'], win: ['won', 'won'],
  run: ['ran', 'run'], stand: ['stood', 'stood'], draw: ['drew', 'drawn'], speak: ['spoke', 'spoken'],
  arise: ['arose', 'arisen'], rise: ['rose', 'risen'], spread: ['spread', 'spread'], bid: ['bid', 'bid'],
  oversee: ['oversaw', 'overseen'], see: ['saw', 'seen'], do: ['did', 'done'], get: ['got', 'got'], come: ['came', 'come'],
  find: ['found', 'found'], lose: ['lost', 'lost'], quit: ['quit', 'quit'], offer: ['offered', 'offered'],
};

/** Verbs that double their final consonant before -ed and -ing. */
const DOUBLES = new Set([
  'ban', 'stop', 'plan', 'drop', 'commit', 'admit', 'ship', 'grab', 'rob', 'step', 'kidnap', 'control', 'patrol',
  'expel', 'compel', 'rebel', 'cancel', 'label', 'signal', 'travel', 'fuel', 'quarrel', 'slam',
  'pin', 'trap', 'tap', 'bar', 'spur', 'refer', 'confer', 'defer', 'prefer', 'occur', 'permit', 'submit',
]);

const VOWEL = /[aeiou]/;

/** base, third person, past, past participle, -ing forms of a verb. */
export function verbForms(base: string): string[] {
  const forms = new Set<string>([base]);
  const irregular = IRREGULAR[base];
  const last = base[base.length - 1];
  const beforeLast = base[base.length - 2] ?? '';
  // third person singular
  if (/(s|x|z|ch|sh|o)$/.test(base)) forms.add(base + 'es');
  else if (last === 'y' && !VOWEL.test(beforeLast)) forms.add(base.slice(0, -1) + 'ies');
  else forms.add(base + 's');
  // -ed and -ing
  let stem = base;
  if (DOUBLES.has(base)) stem = base + last;
  if (irregular) {
    forms.add(irregular[0]);
    forms.add(irregular[1]);
  } else if (last === 'e') forms.add(base + 'd');
  else if (last === 'y' && !VOWEL.test(beforeLast)) forms.add(base.slice(0, -1) + 'ied');
  else forms.add(stem + 'ed');
  if (base.endsWith('ie')) forms.add(base.slice(0, -2) + 'ying');
  else if (last === 'e' && !base.endsWith('ee')) forms.add(base.slice(0, -1) + 'ing');
  else forms.add(stem + 'ing');
  // British and American spellings of doubled -l forms both occur ("cancelled", "canceled")
  if (last === 'l' && DOUBLES.has(base)) {
    forms.add(base + 'ed');
    forms.add(base + 'ing');
  }
  return [...forms];
}

/** singular and plural of a noun (plural-only nouns such as "talks" stay as they are). */
export function nounForms(word: string): string[] {
  if (word.endsWith('s')) return [word];
  if (/(x|z|ch|sh)$/.test(word)) return [word, word + 'es'];
  if (word.endsWith('y') && !VOWEL.test(word[word.length - 2] ?? '')) return [word, word.slice(0, -1) + 'ies'];
  return [word, word + 's'];
}
