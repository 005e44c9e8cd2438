import type { PageText } from './page-text.js';

/** Class names that file a post under a taxonomy ("category-comments", "tag-sidebar"): they say what it is about, not what it is. */
const TAXONOMY_CLASS = /^(?:category|tag|post_tag|post-tag|type|format|status|postid|post-id|author|term|tax|topic|section|rubrik|ressort)[-_]/i;

/** The words of an element's class, id and itemprop: "PublishDate_date postMeta" -> publish, date, post, meta. */
export function elementWords(el: Element): string[] {
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => c && !TAXONOMY_CLASS.test(c));
  const raw = `${classes.join(' ')} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  if (!raw.trim()) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Containers whose dates belong to something else: comments, related stories, sidebars, menus, calendars. */
const FOREIGN_WORDS = new Set([
  'comment', 'comments', 'kommentar', 'kommentare', 'commentaires', 'reply', 'replies', 'respond', 'disqus', 'related',
  'recommended', 'recommendations', 'trending', 'popular', 'sidebar', 'widget', 'widgets', 'teaser', 'teasers', 'promo',
  'outbrain', 'taboola', 'recirculation', 'calendar', 'kalender', 'archive', 'archives', 'breadcrumb', 'breadcrumbs',
  'menu', 'navigation', 'nav', 'pagination', 'pager', 'prev', 'previous', 'next', 'newsticker', 'ticker', 'events',
  'termine', 'veranstaltungen', 'agenda', 'cookie', 'cookies', 'banner', 'ad', 'ads', 'advert', 'advertisement',
]);
/** Tags whose dates are the site's, not the story's. */
const FOREIGN_TAGS = new Set(['ASIDE', 'NAV']);

/** Words that mark an element as holding a date, a byline or the story's particulars. */
const DATE_WORDS = new Set([
  'date', 'dates', 'time', 'datetime', 'timestamp', 'datum', 'zeit', 'fecha', 'posted', 'postdate', 'pubdate', 'published',
  'publish', 'publication', 'publishdate', 'dateline', 'byline', 'meta', 'metadata', 'postmeta', 'entrydate', 'created',
  'creation', 'info', 'details', 'author', 'autor', 'submitted', 'stand', 'publie', 'publicado', 'pubblicato', 'day',
]);
/** Words that mark an element's date as the last change, not the first publication. */
const MODIFIED_WORDS = new Set(['updated', 'update', 'modified', 'lastmod', 'lastmodified', 'revised', 'aktualisiert', 'geaendert', 'changed', 'edited']);

export interface ElementContext {
  /** inside a comment, a related story, a sidebar or a menu */
  foreign: boolean;
  /** the element or a near ancestor says it holds a date or byline */
  dateish: boolean;
  /** the element or a near ancestor says its date is a modification */
  modified: boolean;
  /** inside the page's footer (outside any article) */
  siteFooter: boolean;
  /** inside an <article>, a main element or an articleBody */
  inArticle: boolean;
}

/** How many ancestors up a date/byline class still speaks for the text ("<div class=meta><span><a>date</a>"). */
const DATEISH_DEPTH = 3;

/** A container holding more than this share of the page's text is the page's content, whatever its class says (Blogger's "widget Blog"). */
const CONTENT_SHARE = 0.4;

/** Context of an element, memoised (the same byline holds several dates). */
export class ContextReader {
  private cache = new Map<Element, ElementContext>();

  /** `page` and `headline` tell the page's own containers (holding the headline or most of the text) from foreign ones. */
  constructor(
    private readonly page: PageText,
    private readonly headlineAt?: number,
  ) {}

  /** Whether a container is the page's content: it holds the headline or most of the text. */
  private isContent(el: Element): boolean {
    const start = this.page.startOf.get(el), end = this.page.endOf.get(el);
    if (start === undefined || end === undefined) return false;
    if (this.headlineAt !== undefined && this.headlineAt >= start && this.headlineAt < end) return true;
    return end - start > CONTENT_SHARE * this.page.text.length;
  }

  of(el: Element): ElementContext {
    const known = this.cache.get(el);
    if (known) return known;
    let foreign = false, dateish = false, modified = false, footer = false, article = false;
    let depth = 0;
    for (let e: Element | null = el; e && e.tagName !== 'BODY' && e.tagName !== 'HTML'; e = e.parentElement, depth++) {
      const tag = e.tagName.toUpperCase();
      const words = elementWords(e);
      if (!foreign && (FOREIGN_TAGS.has(tag) || words.some((w) => FOREIGN_WORDS.has(w)) || /comment/i.test(e.getAttribute('itemtype') ?? ''))) {
        foreign = !this.isContent(e);
      }
      if (tag === 'FOOTER' || words.includes('footer')) footer = true;
      if (tag === 'ARTICLE' || tag === 'MAIN' || /articlebody|blogpost/i.test(e.getAttribute('itemprop') ?? '') || /Article|BlogPosting/.test(e.getAttribute('itemtype') ?? '')) article = true;
      if (depth < DATEISH_DEPTH) {
        if (words.some((w) => DATE_WORDS.has(w)) || tag === 'TIME') dateish = true;
        if (words.some((w) => MODIFIED_WORDS.has(w))) modified = true;
      }
    }
    const ctx = { foreign, dateish, modified, siteFooter: footer && !article, inArticle: article };
    this.cache.set(el, ctx);
    return ctx;
  }
}
