import type { EntitiesLanguage } from '../../sections/entities.js';
import type { Gender } from '../../sections/names.js';
import { LEADING_ARTICLE, WEEKDAYS } from '../words.js';
import { readPartyTag } from './party-tags.js';

/** English for the entities stage: name particles, designations, legal forms, roles, stand-in and pronoun cues. */
export const entities: EntitiesLanguage = {
  // prepositions and verbs that make a capital or seat a location ("in Moscow", "visited Kyiv")
  locative: new Set([
    'in', 'at', 'to', 'from', 'into', 'near', 'inside', 'outside', 'across', 'around', 'toward', 'towards', 'via',
    'through', 'within', 'throughout', 'over', 'onto', 'visit', 'visited', 'visiting', 'visits', 'arrived', 'reached',
    'outskirts', 'downtown', 'central', 'streets',
  ]),
  // verbs of saying and acting whose subject or speaker acts for a government
  actingVerbs: new Set(
    `say says said tell tells told warn warns warned announce announces announced deny denies denied accuse accuses
    accused reject rejects rejected urge urges urged call calls called insist insists insisted state states stated
    confirm confirms confirmed claim claims claimed threaten threatens threatened agree agrees agreed sign signs signed
    launch launches launched send sends sent vow vows vowed hope hopes hoped want wants wanted plan plans planned seek
    seeks sought respond responds responded condemn condemns condemned welcome welcomes welcomed demand demands demanded
    decline declines declined refuse refuses refused add adds added note notes noted argue argues argued suggest
    suggests suggested propose proposes proposed offer offers offered expect expects expected believe believes believed
    consider considers considered dismiss dismisses dismissed impose imposes imposed order orders ordered approve
    approves approved blame blames blamed slam slams slammed recognise recognises recognised recognize recognizes
    recognized pledge pledges pledged promise promises promised summon summons summoned expel expels expelled retaliate
    retaliates retaliated react reacts reacted eye eyes eyed eyeing seeking hoping planning trying tries tried push pushes
    pushed back backs backed support supports supported oppose opposes opposed insisting saying warning denying
    accusing urging calling threatening negotiate negotiates negotiated invade invades invaded attack attacks attacked
    sanction sanctions sanctioned deploy deploys deployed supply supplies supplied provide provides provided buy buys
    bought sell sells sold acquire acquires acquired reiterate reiterates reiterated maintain maintains maintained
    released releases release issued issues issue vetoed veto vetoes criticised criticized criticises criticizes
    praised praises ask asks asked press presses pressed`.split(/\s+/),
  ),
  // auxiliaries and modals that, followed by a verb, make the noun before them its subject
  auxiliaries: new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does', 'do', "'s"]),
  // words skipped between a subject and its verb ("the Kremlin on Tuesday said", "Moscow also warned")
  intervening: new Set(['also', 'again', 'now', 'already', 'later', 'earlier', 'reportedly', 'officially', 'not', "n't", 'still', 'previously', 'repeatedly', 'publicly', 'quickly', 'swiftly', 'then', 'today', 'yesterday', 'tonight', 'recently', 'has', 'have', 'had', 'been', 'being']),
  // nouns that, owned by a capital ("Moscow's war"), make it the government
  governmentNouns: new Set(
    `war effort efforts ally allies decision decisions position stance response policy policies forces troops military
    government officials official envoy ambassador diplomats plan plans demands demand invasion offensive counteroffensive
    support relations ties leaders leadership sanctions claims claim refusal attack attacks strikes bid threat threats
    interests needs request ambitions aggression approach strategy campaign proposal proposals offer warning warnings
    agenda intentions objectives goals regime administration`.split(/\s+/),
  ),
  // nouns after which "with/against/between X" makes X a party ("talks with Moscow")
  relationNouns: new Set(
    `talks ties relations deal agreement agreements dispute tensions sanctions war pressure negotiations cooperation
    alliance partnership summit meeting meetings contacts dialogue rift row standoff confrontation conflict trade`.split(/\s+/),
  ),
  // prepositions after which a capital is a complement ("of Paris", "for Ottawa")
  complementPrepositions: new Set(['of', 'for', 'with', 'by', 'on', 'about', 'against', 'between', 'under', 'than', 'like', 'as', 'among', 'after', 'before', 'since', 'until']),
  // words after a capital that do not make it a noun modifier
  functionWords: new Set(
    `in on at of for with by to from and or but as that which who where when while after before since until over under
    into than if because so nor yet during last this next about against between through without within across`.split(/\s+/),
  ),
  // modals and auxiliaries that, right before a capital, invert a question or a negation ("nor would Ottawa")
  inverting: new Set(['would', 'will', 'could', 'can', 'did', 'does', 'do', 'should', 'might', 'may', 'has', 'had']),
  // lower-case words that belong inside personal names ("von der Leyen", "al-Bashir", "da Silva")
  nameParticles: new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'ter', 'ten', 'bin', 'ibn', 'bint', 'al', 'el', 'y', 'e', 'zu', 'af', 'st.', "'s"]),
  // tokens that follow a dateline's place ("WASHINGTON (AP) —", "Paris — ")
  datelineMarks: new Set(['(', '—', '–', '―', '-', '--']),
  // generational suffixes that end a personal name ("Harlan Pruett Jr.", "Henry Ford II")
  nameSuffixes: new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']),
  // nouns that, followed by a number, name a designated thing ("Pier 33", "Gate 4")
  designationNouns: new Set(
    `pier gate terminal route highway interstate room platform flight apollo block building sector zone area section
    article chapter level camp base unit district ward lot berth dock hangar runway exit junction bus train stage phase
    grade class lane track hall floor suite channel`.split(/\s+/),
  ),
  // last words that make even a PER-tagged span an organisation (legal forms and institutions)
  organisationHeads: new Set(
    'inc inc. corp corp. corporation ltd ltd. limited plc llc gmbh ag co co. company group holdings university college institute foundation association ministry'.split(' '),
  ),
  // organisation heads that also end place names ("West Bank", "Soviet Union")
  placeLikeHeads: new Set(['bank', 'centre', 'center', 'city', 'county', 'town', 'house', 'hall', 'square', 'park', 'exchange', 'union', 'court']),
  // determiners that open an appositive role ("X, the minister")
  appositionDeterminers: new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']),
  // words that grade a title without changing it ("top", "senior", "then")
  gradingWords: new Set(['top', 'senior', 'then', 'late', 'high-ranking', 'key', 'influential', 'powerful']),
  // third-person singular pronouns and the gender they carry
  genderedPronouns: new Map<string, Gender>([
    ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
  ]),
  // title heads of a country's leader ("president", "prime minister")
  leaderHeads: new Set(['leader', 'president', 'prime minister', 'minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'dictator', 'ruler']),
  // words an acronym leaves out ("Bank of England" -> "BOE")
  acronymSkip: new Set(['of', 'the', 'and', 'for', 'in', 'on', '&']),
  weekdays: new Set([...WEEKDAYS, 'weekend']),
  timeLeads: new Set(['last', 'this', 'on']),
  timePeriods: new Set(['week', 'month', 'year', 'night', 'morning', 'evening', ...WEEKDAYS]),
  modals: new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does', 'do']),
  regularPast: /^[a-z]{3,}ed$/,
  notPast: new Set(['based']),
  gerund: /^[a-z]{3,}ing$/,
  participle: /ed$|en$/,
  attributeSuffix: /-(based|born|bred|listed|led|backed|owned|run|made|bound|linked|controlled|funded|style|era|registered|headquartered)$/i,
  noPluralS: /(s|sh|ch|ese|x)$/i,
  demonymPlurals: [[/man$/, 'men']],
  definiteArticle: 'the',
  leadingArticle: LEADING_ARTICLE,
  titleArticles: new Set(['the', 'a']),
  ownerLinks: new Set(['of', 'for', 'at', 'to']),
  bareTitleQualifiers: new Set(['of']),
  genericLeaderHead: 'leader',
  leaderHeadsNeeding: new Map([['minister', /prime/i]]),
  dayPreposition: 'on',
  locativeUnlessRelation: new Set(['on']),
  adverbActingVerbs: new Set(['back']),
  agentPreposition: 'by',
  accordingTo: ['according', 'to'],
  ownerPreposition: 'of',
  partyPrepositions: new Set(['with', 'against', 'between', 'on']),
  coordinators: new Set(['and']),
  abilityWords: new Set(['able']),
  copula: 'be',
  partyTag: readPartyTag,
};
