import type { Command } from 'commander';
import { defaultDbPath, printJson } from '../options.js';
import { out, parseLimit, withCorpus } from '../corpus.js';

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('stories: articles about the same development, newest first, with their copies and main entities')
    .option('--limit <n>', 'most stories shown', '30')
    .option('--min <n>', 'only stories with at least this many articles', '1')
    .option('--db <file>', 'database file (or TIDINGS_DB)', defaultDbPath())
    .option('--json', 'print one JSON array (with articles)')
    .action(async (opts: { limit: string; min: string; db: string; json?: boolean }) => {
      const limit = parseLimit(opts.limit);
      const minArticles = parseLimit(opts.min);
      await withCorpus(opts.db, async (corpus) => {
        const stories = [];
        for (const s of await corpus.stories({ limit, minArticles })) stories.push({ ...s, articleList: await corpus.storyArticles(s.key) });
        if (opts.json) return printJson(stories);
        if (!stories.length) return out('no stories');
        for (const s of stories) {
          out(`${s.first.slice(0, 10)}..${s.last.slice(0, 10)}  ${s.title ?? '(no title)'}  [${s.articles} articles, ${s.sources} distinct]  ${s.entities.join(', ')}`);
          for (const a of s.articleList) out(`    ${a.published.slice(0, 10)} ${a.source ?? ''} ${a.title ?? a.id}${a.duplicateOf ? '  (copy of ' + a.duplicateOf + ')' : ''}`);
        }
      });
    });
}
