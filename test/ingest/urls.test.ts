import { describe, expect, it } from 'vitest';
import { absoluteUrl, isWebUrl } from '../../src/ingest/urls.js';

describe('links of pages and feeds', () => {
  it('isWebUrl: http and https only', () => {
    expect(isWebUrl('https://news.example/a')).toBe(true);
    expect(isWebUrl('HTTP://news.example')).toBe(true);
    expect(isWebUrl('file:///tmp/feed.xml')).toBe(false);
    expect(isWebUrl('news/2024/story.html')).toBe(false);
  });

  it('absoluteUrl: resolves against the base, keeps an absolute web link the base cannot help with', () => {
    expect(absoluteUrl('/2024/05/story', 'https://news.example/section/')).toBe('https://news.example/2024/05/story');
    expect(absoluteUrl('https://other.example/x', 'https://news.example/')).toBe('https://other.example/x');
    expect(absoluteUrl('https://other.example/x', 'not a base')).toBe('https://other.example/x');
    expect(absoluteUrl('/2024/05/story', undefined)).toBeUndefined();
    expect(absoluteUrl('', 'https://news.example/')).toBeUndefined();
    expect(absoluteUrl(undefined, 'https://news.example/')).toBeUndefined();
  });
});
