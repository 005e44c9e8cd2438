/**
 * What is not article text, as rules: the elements removed before the main-text search (captions, share bars,
 * related-story lists, navigation) and the paragraph patterns dropped after it (credits, "Published ..." lines, sign-up
 * calls). Each rule is here because pages of the extraction benchmark keep such text inside the article container.
 */

/** Tags that hold no article text even when they sit inside the article. */
export const NON_ARTICLE_TAGS = ['figure', 'figcaption', 'nav', 'aside', 'form', 'button', 'dialog', 'menu', 'select', 'noscript', 'iframe', 'svg'];

/**
 * Tokens of class or id names (split on spaces, hyphens and underscores) that mark boilerplate blocks.
 * Matching whole tokens keeps "comment" from hitting "commentary" and "share" from hitting "shared".
 */
export const BOILERPLATE_TOKENS = new Set([
  'caption', 'captions', 'credit', 'credits', 'byline', 'bylines', 'dateline', 'timestamp', 'breadcrumb', 'breadcrumbs',
  'share', 'sharing', 'sharebar', 'social', 'newsletter', 'subscribe', 'subscription', 'promo', 'advert', 'advertisement',
  'ad', 'ads', 'sponsor', 'sponsored', 'related', 'recommended', 'recirculation', 'outbrain', 'taboola', 'tags', 'tag',
  'comments', 'comment', 'disqus', 'sidebar', 'widget', 'popup', 'modal', 'cookie', 'cookies', 'gdpr', 'toolbar',
  'pagination', 'pager', 'author', 'bio', 'signup', 'paywall', 'skip', 'print', 'slideshow', 'gallery', 'carousel',
  'masthead', 'footer', 'header', 'menu', 'nav', 'navigation', 'trending', 'popular', 'readmore', 'more', 'next', 'prev',
  'hidden', 'visually', 'sr', 'screenreader', 'offscreen', 'inline', 'video', 'photo', 'image', 'img',
  'media', 'tooltip', 'rating', 'meta', 'topics', 'keywords', 'categories', 'category', 'follow', 'donate',
]);

/** Tokens of hover cards (a name link's pop-up with the person's other stories); the link itself stays. */
export const HOVER_CARD_TOKENS = new Set(['rollover', 'hovercard', 'popover', 'tooltip']);

/** Tokens that look like boilerplate but also name article containers ("article-header" holds no text we want though). */
export const ARTICLE_TOKENS = new Set(['article', 'story', 'content', 'body', 'entry', 'post', 'main', 'text', 'prose']);

/**
 * A paragraph that is a caption, credit, dateline, call to action or widget label, not article prose.
 * Anchored patterns, so a sentence that merely mentions "subscribe" stays.
 */
export const BOILERPLATE_PARAGRAPHS: RegExp[] = [
  /^(image|photo|picture|media|video)?\s*(credit|copyright|caption|source)s?\s*[:|]/i,
  /^\(?(image|photo|picture|pic)s?(\s+credit)?\s*:/i,
  /^\((image|photo)( credit)?:? .*\)$/i,
  /credit:\s*[^.]{1,60}$/i,
  /^(image|media) caption/i,
  /^image \d+ of \d+$/i,
  /^\d+\s*of\s*\d+\S/i,
  /^(published|updated|posted|last updated|modified|first published)\b.{0,80}$/i,
  /^\|?\s*(published|updated):/i,
  /^by\s+[\p{Lu}][^.!?]{0,80}$/u,
  /^(related|see more|read more|more|also read|read also|don't miss|must see|recommended|watch|listen)\s*:/i,
  /^(related (stories|articles|coverage|content)|more from .{1,40}|you may also like\.*|you might also like\.*|don'?t miss|most read|most popular|trending now|top stories|recommended for you)$/i,
  /^(sign in|sign up|log in|subscribe|subscribe now|skip to (main )?content|advert(isement)?|continue reading( below)?|share (this|on)\b.{0,40}|comments?|tags?\s*[:/].*|this slideshow requires javascript\.?)$/i,
  /^media playback is unsupported on your device$/i,
  /^(click here|tap here) to\b.{0,80}$/i,
  /^(follow|like) us on\b.{0,80}$/i,
  /this website uses cookies|we use cookies|by continuing to (use|browse)/i,
  /^(©|copyright\s*(©|\(c\))?)\s*\d{4}/i,
  /^(the )?contents of this site are ©/i,
  /^this (document|article|material) (is subject to copyright|may not be (published|reproduced))/i,
  /^citation:/i,
  /^all rights reserved\.?$/i,
  /^(previous|next) (post|article|story)$/i,
  /^more (great )?[\w\s]{0,30} stories$/i,
  /^(leggi anche|lesen sie auch|leia também|lea también|à lire aussi|a lire aussi|lire aussi|читайте также|zie ook|läs också)\b/i,
  /^\[\w+\b[^\]]*\].*\[\/\w+\]$/, // a WordPress shortcode the theme failed to expand
  /\bmay contain (affiliate|referral)\b.{0,40}links?\b/i,
  /^(some )?(posts|articles|links) on .{1,40} may contain affiliate links/i,
];

/** A short paragraph with a copyright sign or "all rights reserved" is a footer line. */
const FOOTER_MAX_WORDS = 25;
/** A short line naming a photo agency ("Jane Doe | Bloomberg | Getty Images") is a photo credit. */
const CREDIT_MAX_WORDS = 10;
const PHOTO_AGENCIES = /\b(getty images|shutterstock|ap photo|associated press|reuters|afp|epa|alamy|istock|bloomberg)\b/i;
/** Calls to subscribe or sign up, when the whole short paragraph is the call. */
const SIGNUP_CALL = /^(subscribe to|sign up (for|to)|get the latest\b|join our\b|want more stories like this\??|start your day with\b)/i;

export function isBoilerplateParagraph(paragraph: string): boolean {
  const p = paragraph.trim();
  if (BOILERPLATE_PARAGRAPHS.some((re) => re.test(p))) return true;
  const words = p.split(/\s+/).length;
  if (words <= FOOTER_MAX_WORDS && (/©/.test(p) || /all rights reserved/i.test(p))) return true;
  if (words <= FOOTER_MAX_WORDS && SIGNUP_CALL.test(p)) return true;
  return words <= CREDIT_MAX_WORDS && /[|/]/.test(p) && PHOTO_AGENCIES.test(p) && !/[.!?]$/.test(p);
}
