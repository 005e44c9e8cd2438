import type { Command } from 'commander';
import { defaultDbPath, printJson } from '../options.js';
import { quoted } from '../../corpus/queries.js';
import { out, withCorpus } from '../corpus.js';

export function registerEntity(program: Command): void {
  program
    .command('entity')
    .description('profile of an entity across the corpus: names, merges into it (evidence, confidence), roles over time, quotes by and about it, co-occurring entities, mentions by month, actor graph')
    .argument('<name...>', 'a name or alias')
    .option('--db <file>', 'database file (or TIDINGS_DB)', defaultDbPath())
    .option('--json', 'print one JSON object')
    .action(async (words: string[], opts: { db: string; json?: boolean }) => {
      await withCorpus(opts.db, async (corpus) => {
        const p = await corpus.entityProfile(words.join(' '));
        if (opts.json) return printJson(p);
        const e = p.entity;
        out(`${e.name} (${e.type}${e.country ? ', ' + e.country : ''}) in ${e.articles} articles  [${e.id}]`);
        if (p.alsoNamed.length) out(`  the name also fits: ${p.alsoNamed.map((x) => `${x.name} (${x.type})`).join(', ')}`);
        out(`names: ${p.names.join('; ')}`);
        if (p.alsoAs.length) out(`also as: ${p.alsoAs.map((a) => `${a.name} (${a.articles} article${a.articles > 1 ? 's' : ''}, same ${a.basis})`).join('; ')}`);
        if (p.merges.length) out('merges:\n' + p.merges.map((m) => `  ${m.alias} in ${m.article} (${m.published.slice(0, 10)}): ${m.match}, only such name in the ${m.basis}, confidence ${m.confidence}`).join('\n'));
        if (p.roles.length) out('roles:\n' + p.roles.map((r) => `  ${r.title}  ${r.first.slice(0, 10)}..${r.last.slice(0, 10)} (${r.articles} articles)`).join('\n'));
        out('mentions by month: ' + p.mentionsByMonth.map((m) => `${m.month} ${m.articles}`).join(', '));
        if (p.coOccurring.length) out('with: ' + p.coOccurring.map((c) => `${c.name} ${c.articles}`).join(', '));
        if (p.edges.length) out('actor graph:\n' + p.edges.map((g) => `  ${g.direction === 'out' ? '->' : '<-'} ${g.other ?? '?'}  ${g.type} x${g.events} (${g.mentions} reports${g.tone !== null ? ', tone ' + g.tone : ''})`).join('\n'));
        if (p.quotesBy.length) out('said:\n' + p.quotesBy.map((q) => `  ${q.published.slice(0, 10)} ${quoted(q.text)}`).join('\n'));
        if (p.quotesAbout.length) out('said about:\n' + p.quotesAbout.map((q) => `  ${q.published.slice(0, 10)} ${q.speaker ?? '?'}: ${quoted(q.text)}`).join('\n'));
      });
    });
}
