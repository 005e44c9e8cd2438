import type { CleanRule } from '../../../pipeline/stages/clean/rule.js';

/** Calls to subscribe, follow, share, download an app or write for the site. */
export const callRules: CleanRule[] = [
  {
    name: 'write-for-us',
    reason: 'the site asking readers to contribute, appended to every story',
    kind: 'furniture',
    pattern: /^(you can now )?write for [\w.-]+|^share your (stories|views|opinions)\b|\bbe a part of the (community|conversation)\b.*\b(share|write)\b/i,
  },
  {
    name: 'subscribe',
    reason: 'a newsletter or subscription pitch',
    kind: 'furniture',
    pattern: /^(subscribe|sign up|get the latest|get our|join our|register) .{0,80}\b(newsletter|subscription|subscribe|updates|channel|alerts)\b|^subscribe (now|today|to)\b/i,
  },
  {
    name: 'follow-us',
    reason: 'a social-media follow or share pitch',
    kind: 'furniture',
    pattern: /^(follow|like) us on\b|^(share|tweet) (this|on)\b|^stay (updated|tuned|connected) (with|on)\b|^for (more|latest|the latest) (news|updates)\b.{0,60}\b(follow|download|visit|subscribe)\b/i,
  },
  {
    name: 'download-app',
    reason: 'an app download pitch',
    kind: 'furniture',
    pattern: /^download (the|our) .{0,40}\bapp\b/i,
  },
];
