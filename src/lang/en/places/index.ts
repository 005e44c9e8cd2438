import type { PlacesLanguage } from '../../types.js';
import { isCommonWord } from './common-words.js';
import { LEADING_ARTICLE } from '../words.js';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** lower-case words inside place names: "Dar es Salaam", "Rio Grande do Sul", "Isle of Man", "Newcastle upon Tyne" */
const NAME_LINKS = 'es|de|do|da|del|al|el|la|of|upon';

/** "the Dutch province of": a country or its people, a kind of place, "of" (see containerBefore) */
const CONTAINER_BEFORE =
  /\b([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)\s+(?:province|state|region|city|town|village|county|district|capital|island|port|municipality|prefecture)\s+of\s+(?:the\s+)?$/;
/** "London's", "Kazakhstan's capital,": a place's possessive, a few words, perhaps a kind of place (see possessiveBefore) */
const POSSESSIVE_BEFORE =
  /\b([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s?\s+(?:(?!(?:to|of|in|on|at|for|from|with|by|and|or|than|into|over|against|toward|towards|the|a|an)\s)[a-z-]+\s+){0,2}?(?:(?:province|state|region|city|town|village|county|district|capital|island|port)\s+of\s+|(?:province|state|region|city|town|village|county|district|capital|island|port),?\s+)?$/;

/** "counties", "parishes", "boroughs" after the last name of a list (see areaOfListAfter) */
const PLURAL_AREA = /^\s(counties|parishes|boroughs)\b/i;
const AREA_SINGULAR: Record<string, string> = { counties: 'County', parishes: 'Parish', boroughs: 'Borough' };

/** English for the places stage: how news text names, qualifies and mis-names places. */
export const englishPlaces: PlacesLanguage = {
  // "Neches River", "Korean Peninsula", "Macon County": a capitalised name before one of these names a place
  featureHeadsAfter: words(`river rivers sea ocean peninsula mountains mountain range valley desert island islands bay gulf
    coast strait straits canal creek delta basin plateau lake lakes highlands lowlands county parish township borough
    province region district oblast governorate prefecture territory territories state`),
  // "Lake Lanier", "Mount Kenya", "Gulf of Aden": one of these before a capitalised name
  featureHeadsBefore: words('lake mount mt. gulf bay sea isle strait cape'),
  clausePreposition: /\b(in|at|near|to|into)\s+(the\s+)?$/i,
  locativeBefore:
    /\b(?:in|at|near|outside|across|throughout|around|inside|within|from|toward|towards|via|between|of|north of|south of|east of|west of)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|downtown|suburban|rural|greater|metro|metropolitan|neighboring|neighbouring|nearby)\s+)?$/i,
  // "near Esperance", "the village of Lasby": not "of" or "at" alone ("a co-founder of Orbis", "a job at McDonald's")
  townBefore:
    /\b(?:in|near|outside|around|(?:area|town|village|city|community|district|region|outskirts|north|south|east|west)\s+of)\s+(?:the\s+)?$/i,
  // "Heze city alone", "Nandurbar and Dhule districts": lower case ("Ohio State University" is a name)
  kindAfter: /^\s+(?:city|town|village|district|province|state|county|region|municipality|prefecture|governorate)s?\b/,
  // "Camden and Charlton counties", "Orleans and Jefferson parishes": the gazetteer's name of each is "X County"
  areaOfListAfter: (after, name) => {
    if (after.charCodeAt(0) !== 32) return null;
    const m = PLURAL_AREA.exec(after);
    return m ? `${name} ${AREA_SINGULAR[m[1].toLowerCase()]}` : null;
  },
  // "north DeKalb", "East Texas": a direction before a name that is not part of it
  directionPrefix: /^(?:north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern|downtown|upstate|downstate|historic|greater|mid)[\s-]+/i,
  // "Brent crude", "West Texas Intermediate": a place name used for a commodity grade
  commodityAfter: /^\s+(?:crude|oil|futures|blend|benchmark|intermediate)\b/i,
  // "US$5 million", "NZ$20": the code of a dollar
  currencyAfter: /^\$/,
  // "Marburg virus", "Lyme disease", "Rift Valley fever": a disease named after a place is no mention of it
  diseaseAfter: /^\s+(?:virus|viruses|fever|disease|haemorrhagic|hemorrhagic|encephalitis|syndrome)\b/i,
  // celestial bodies that share names with towns (Jupiter, Florida; Mars, Pennsylvania)
  celestialBodies: words('Sun Moon Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto Ceres'),
  // "Burton said": a name that speaks is a person's
  speakerAfter: /^['’]?\s+(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|explained|recalled|noted|replied|argued|believes|believed)\b/,
  // "the Obama administration": a person's name before these words is the person
  personAfter: /^\s+(?:administration|presidency|campaign)\b/,
  // street addresses: below what the gazetteer can place, and not worth a guess
  street: /\s(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Drive|Dr\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Trail|Highway|Hwy\.?|Court|Ct\.?|Circle|Parkway|Pike)$/,
  // "Rep. Jane Doe, D-Charleston": US party and home town of a legislator
  partyPlace: /\b[DRI]-([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b/g,
  // "a Washington-based group", "Atlanta-area calls"
  placeAttribute: /^-(?:based|area|born|bred|headquartered|registered)\b/,
  // "Delft, a township in Cape Town", "Karak, the central town"
  placeApposition:
    /\b([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}),\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:town|city|village|township|suburb|district|province|region|county|port|capital|neighbourhood|neighborhood|community|settlement|island|hamlet)\b/g,
  nameWordBefore: new RegExp(`(?:\\b[A-Z][\\w'’.-]*|\\b(?:${NAME_LINKS}))\\s$`),
  nameWordAfter: new RegExp(`^\\s(?:[A-Z][\\w'’.-]*|(?:${NAME_LINKS})\\b)`),
  // the dash after a dateline ("HUDSON -- Officials said", "CROMWELL — The third Democrat")
  datelineDash: /^\s*(?:\([^)]{1,20}\)\s*)?(?:--|—|–|-)\s/,
  // suffixes of adjectives and nationals nouns made from place names, with the endings the names may have lost
  // ("Ohioan", "Californian", "Texan", "Dagestani", "Kurdish", "Floridian", "European", "Abkhaz")
  adjectivalSuffixes: [
    { suffix: 'ian', restore: ['ia', 'a', ''] },
    { suffix: 'ean', restore: ['ea', 'e', 'a'] },
    { suffix: 'an', restore: ['a', 'as', 'o', '', 'e'] },
    { suffix: 'n', restore: [''] },
    { suffix: 'i', restore: ['', 'istan'] },
    { suffix: 'ish', restore: ['istan', 'land', ''] },
    { suffix: 'ese', restore: ['', 'a'] },
    { suffix: '', restore: ['ia'] },
  ],
  // plural nationals nouns ("Ohioans", "Texans")
  pluralSuffix: /s$/,
  isCommonWord,
  // "X in Y", "X, Y", "X, a town in Y", "the X district of Y" ("the Harlem neighborhood of Manhattan", "the Ashland
  // area of Boone County"); "the Gold Coast of Australia" is loose: "the Nice of Russia" is a figure of speech
  containerAfter:
    /^(?:,\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:town|city|village|township|suburb|district|province|region|county|port|capital|neighbourhood|neighborhood|community|settlement|island|hamlet)\s+(?:in|near|outside|of)\s+(?:the\s+)?)?|\s+in\s+(?:the\s+)?|\s+(?:area|district|section|neighbourhood|neighborhood|suburb|quarter)\s+of\s+(?:the\s+)?|\s+(?<loose>of)\s+(?:the\s+)?)(?=[A-Z])/,
  // "the Dutch province of Limburg", "the Iraqi city of Mosul": group 1 names the country (or its people) the place lies in;
  // most names have no description before them, and the pattern is tried only where "of" ends the text
  containerBefore: (before) => (before.includes(' of') ? CONTAINER_BEFORE.exec(before) : null),
  // "London's Heathrow", "Kazakhstan's capital, Astana", "Paris' iconic boulevard": group 1 is the place it lies in;
  // tried only where an apostrophe stands before the name
  possessiveBefore: (before) => (before.includes("'") || before.includes('’') ? POSSESSIVE_BEFORE.exec(before) : null),
  governmentVerbsAfter: /^\s*(?:has |have |had |is |was |will |would |also |then |quickly |repeatedly )?(?:said|says|say|warned|warns|warn|announced|announces|accused|accuses|denied|denies|rejected|rejects|condemned|condemns|demanded|demands|urged|urges|insisted|insists|threatened|threatens|claimed|claims|responded|responds|vowed|vows|refused|refuses|blamed|blames|called|calls|wants|wanted|agreed|agrees|signed|signs|imposed|imposes|sanctioned|sent|sends|hopes|hoped|believes|believed|considers|considered|protested|protests|welcomed|welcomes|expelled|recalled|summoned|pledged|pledges|backed|backs|supports|supported|opposes|opposed|sees|saw|fears|feared|is expected|is set|has been|has said)\b/,
  leadingArticle: LEADING_ARTICLE,
  ofPlace: / of (?:the )?/,
  inPlace: / in (?:the )?(?=[A-Z])/,
  listGap: /^\s*(?:,|,?\s*(?:and|or))\s*$/,
  // "Washington state", "New York Gov. Andrew Cuomo": a state has a governor and a legislature, a city has none
  regionAfter: /^\s+(?:state\b|province\b|Gov\.|Governor\b|Lt\.\s+Gov\.|Legislature\b|legislature\b)/,
  regionBefore: /\b(?:state|province) of\s+$/i,
  // airports and military sites bear the name of the town they serve or stand beside ("Dugway Proving Ground")
  siteSuffix: /\s+(?:(?:international|regional|municipal|county)\s+)?(?:airport|airfield|aerodrome|air\s+base|air\s+force\s+base|naval\s+air\s+station|naval\s+base|army\s+base|proving\s+ground)$/i,
  adminSuffix: /\s+(county|parish|township|borough|province|state|oblast|region|governorate|prefecture|district|krai|city|municipality|area|metropolitan area|metro area)$/i,
};
