/** What the places stage reads about a language. */
export interface PlacesLanguage {
  /** lower-case words that, after a capitalised name, make the whole a named place ("Neches River") */
  readonly featureHeadsAfter: ReadonlySet<string>;
  /** lower-case words that, before a capitalised name, make the whole a named place ("Lake Lanier") */
  readonly featureHeadsBefore: ReadonlySet<string>;
  /** a preposition (and article) right before a place that is where a clause's report happens ("in the", "near") */
  readonly clausePreposition: RegExp;
  /** text right before a name that reads as a location ("in", "near the", "north of") */
  readonly locativeBefore: RegExp;
  /** text right before a name that can only be a place ("near", "in", "the village of"): places even a name known as something else */
  readonly townBefore: RegExp;
  /** a kind of place, in lower case, right after a name, that says the name is a place's ("Heze city", "Nandurbar and Dhule districts") */
  readonly kindAfter: RegExp;
  /**
   * the plural of a kind of area right after the last name of a list ("Camden and Charlton counties"): the name each
   * member has with the kind word ("Camden County"), or null. Asked after most names: answers most texts without a pattern
   */
  readonly areaOfListAfter: (after: string, name: string) => string | null;
  /** a direction or area word before a place name that is not part of it ("north DeKalb", "East Texas") */
  readonly directionPrefix: RegExp;
  /** text right after a place name that makes it a commodity ("Brent crude") */
  readonly commodityAfter: RegExp;
  /** text right after a country's code that makes it a currency ("US$5", "HK$20") */
  readonly currencyAfter: RegExp;
  /** text right after a place name that makes it a disease's name ("Marburg virus") */
  readonly diseaseAfter: RegExp;
  /** names of celestial bodies, as written */
  readonly celestialBodies: ReadonlySet<string>;
  /** text right after a name that makes it a person's ("the Obama administration") */
  readonly personAfter: RegExp;
  /** text right after a name that shows a person speaking ("Burton said") */
  readonly speakerAfter: RegExp;
  /** the end of a street address ("Orchard St.") */
  readonly street: RegExp;
  /** a legislator's party and home place ("D-Charleston"); group 1 is the place (global) */
  readonly partyPlace: RegExp;
  /** text right after a name that makes it a place attribute ("-based") */
  readonly placeAttribute: RegExp;
  /** an apposition after a name that says it is a place ("Delft, a township in Cape Town"); group 1 is the name (global) */
  readonly placeApposition: RegExp;
  /** a capitalised word, or a lower-case link inside a place name ("Dar es Salaam", "Rio Grande do Sul"), right before a span */
  readonly nameWordBefore: RegExp;
  /** the same right after a span */
  readonly nameWordAfter: RegExp;
  /** the dash that ends a dateline */
  readonly datelineDash: RegExp;
  /** adjective suffixes and the endings of the place names they come from */
  readonly adjectivalSuffixes: readonly { suffix: string; restore: readonly string[] }[];
  /** the plural ending of nationals nouns */
  readonly pluralSuffix: RegExp;
  /**
   * what may stand between a place and the larger place named right after it ("X, Y", "X in Y", "X, a town in Y"); a
   * link that may be a figure of speech ("the Nice of Russia") matches as the named group `loose`
   */
  readonly containerAfter: RegExp;
  /**
   * a description ending the text right before a name that says which country it lies in ("the Dutch province of");
   * group 1 the country or its demonym. Asked of nearly every name: the pack answers most texts without its pattern
   */
  readonly containerBefore: (before: string) => RegExpExecArray | null;
  /** a possessive ending the text right before a name that says which place it lies in ("London's", "Kazakhstan's capital,"); group 1 the place. As cheap */
  readonly possessiveBefore: (before: string) => RegExpExecArray | null;
  /** true for a common word of the language ("city", "union"): such a name is a place only with more evidence */
  readonly isCommonWord: (lower: string) => boolean;
  /** words after a capital that show it acting or speaking as a government ("Moscow warned", "Beijing says") */
  readonly governmentVerbsAfter: RegExp;
  /** suffixes of administrative names the gazetteer may hold without them ("Laurel County" -> "Laurel") */
  readonly adminSuffix: RegExp;
  /** the kind of site ending a site's name that is named for the town it serves ("Da Nang International Airport") */
  readonly siteSuffix: RegExp;
  /** a leading article the gazetteer's names do not have ("the Netherlands" -> "Netherlands") */
  readonly leadingArticle: RegExp;
  /** the link inside an organisation's name before the place it names ("University of Texas", "City of the Angels") */
  readonly ofPlace: RegExp;
  /** the link inside an organisation's name before the place it stands in ("Mercy Hospital in Dayton") */
  readonly inPlace: RegExp;
  /** what may stand between two names of one list (a comma, "and", "or") */
  readonly listGap: RegExp;
  /** text right after a name that makes it a region ("Washington state", "Victoria province") */
  readonly regionAfter: RegExp;
  /** text right before a name that makes it a region ("the state of Washington", "the province of Quebec") */
  readonly regionBefore: RegExp;
}
