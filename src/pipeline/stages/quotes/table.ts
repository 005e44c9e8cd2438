import type { QuoteRecord } from '../../../model/layers/quotes.js';
import { entity, integer, nullable, real, table, text, type RowOf } from '../../table.js';

export const QUOTES_TABLE = table({
  name: 'quotes',
  rowIs: 'quote',
  since: 2,
  scope: 'article',
  serial: true,
  columns: {
    quoteId: text('quote_id'),
    speakerId: nullable(entity('speaker_key')),
    text: text('text'),
    kind: text('kind'),
    start: integer('start_offset'),
    end: integer('end_offset'),
    confidence: real('confidence'),
    /** the words naming the speaker, kept for speakers no entity was resolved for (store version 3) */
    speakerText: nullable(text('speaker_text')),
  },
  unique: ['article_key', 'quote_id'],
  indexes: { quotes_speaker: ['speaker_key', 'published'], quotes_published: ['published'] },
  rows: (quotes: QuoteRecord[]) =>
    quotes.map((q) => ({
      quoteId: q.id,
      speakerId: q.speaker,
      text: q.text,
      kind: q.kind,
      start: q.start,
      end: q.end,
      confidence: q.confidence,
      speakerText: q.speakerText ?? null,
    })),
});

export type QuoteRow = RowOf<typeof QUOTES_TABLE.columns>;
