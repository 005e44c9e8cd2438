import type { CleanRule } from '../../../pipeline/stages/clean/rule.js';

/** Cross-links to other stories and videos that sites drop between paragraphs. */
export const promoRules: CleanRule[] = [
  {
    name: 'also-read',
    reason: 'a link to another story, set between paragraphs with a pipe or colon',
    kind: 'furniture',
    pattern: /^(also read|read also|read more|more to read|related|recommended|trending|must read|don'?t miss|see also|also see)\s*[|:–—-]/i,
  },
  {
    name: 'watch',
    reason: 'a link to a video, "WATCH | ..." or "Watch: ..."',
    kind: 'furniture',
    pattern: /^(watch|video|listen|podcast|photos|gallery|in pics|in photos)\s*[|:–—]/i,
  },
  {
    name: 'click-here',
    reason: 'an instruction to follow a link, never story text',
    kind: 'furniture',
    pattern: /^(click|tap) here\b/i,
  },
];
