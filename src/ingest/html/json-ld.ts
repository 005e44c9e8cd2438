export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

/** JSON-LD types that are the page's article (not a comment, a review of it, or a list of other stories). */
const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|TechArticle|ScholarlyArticle|Report|WebPage|ItemPage|Recipe|VideoObject|PodcastEpisode|Event)$/i;
/** Among them, the ones that are surely the article (WebPage dates are often the page's, not the story's). */
const STRONG_ARTICLE_TYPES = /Article|BlogPosting|Report|PodcastEpisode/i;

/** The script elements' raw JSON-LD text, for readers that must cope with blocks JSON.parse refuses. */
export function jsonLdScripts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))
    .map((s) => (s.textContent ?? '').replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '').trim())
    .filter(Boolean);
}

/** JSON-LD blocks, flattened: top-level items and @graph members (never nested objects such as `comment`). */
export function jsonLdItems(doc: Document): JsonObject[] {
  const items: JsonObject[] = [];
  const add = (value: Json) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      const graph = (value as JsonObject)['@graph'];
      if (Array.isArray(graph)) graph.forEach(add);
      else items.push(value as JsonObject);
    }
  };
  for (const raw of jsonLdScripts(doc)) {
    try {
      add(JSON.parse(raw) as Json);
    } catch {
      try {
        add(JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ')) as Json); // raw newlines inside strings are a common mistake
      } catch {
        /* a broken block says nothing */
      }
    }
  }
  return items;
}

export function jsonLdTypes(item: JsonObject): string[] {
  const t = item['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

export function jsonLdText(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(jsonLdText).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object') return jsonLdText((value as JsonObject).name);
  return undefined;
}

export function isArticleItem(item: JsonObject): boolean {
  return jsonLdTypes(item).some((t) => ARTICLE_TYPES.test(t));
}

export function isStrongArticleItem(item: JsonObject): boolean {
  return jsonLdTypes(item).some((t) => STRONG_ARTICLE_TYPES.test(t));
}

function itemUrl(item: JsonObject): string | undefined {
  const main = item.mainEntityOfPage;
  const candidates = [item.url, typeof main === 'object' && main && !Array.isArray(main) ? (main as JsonObject)['@id'] : main, item['@id']];
  return candidates.find((c): c is string => typeof c === 'string');
}

export function sameUrl(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const norm = (u: string) => u.replace(/^https?:\/\//, '').replace(/[#?].*$/, '').replace(/\/$/, '').toLowerCase();
  return norm(a) === norm(b);
}

/** The page's own article item: an article type, preferably the one whose URL is the page's. */
export function mainArticleItem(items: JsonObject[], pageUrls: Array<string | undefined>): JsonObject | undefined {
  const articles = items.filter(isArticleItem);
  const strong = articles.filter(isStrongArticleItem);
  const pool = strong.length ? strong : articles;
  return pool.find((i) => pageUrls.some((u) => sameUrl(itemUrl(i), u))) ?? pool.find((i) => i.datePublished) ?? pool[0];
}
