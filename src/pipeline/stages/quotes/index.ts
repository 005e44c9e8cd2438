import type { Doc } from '../../../model/doc.js';
import type { QuoteRecord } from '../../../model/layers/quotes.js';
import type { Span } from '../../../model/span.js';
import type { Stage } from '../../stage.js';
import { SpanIndex } from '../../../model/span-index.js';
import { QuoteContext } from './context.js';
import type { Quotation } from './marks.js';
import { findAttributions, type Attribution } from './rules/index.js';
import { EarlierSpeakers, entityAtSpan, isPronoun, resolveSpeaker } from './resolve.js';

/** A speaker we could not tie to an entity keeps its words but at most this confidence. */
const UNRESOLVED_SPEAKER_CONFIDENCE = 0.35;
/** A pronoun resolved by proximity rather than by the entities layer is less sure. */
const FALLBACK_PRONOUN_FACTOR = 0.8;

/** The quotes stage: quotations and reported speech with speaker, cue and medium (doc.quotes). */
export function createQuotesStage(): Stage {
  return {
    name: 'quotes',
    run(doc: Doc): void {
      doc.quotes = extractQuotes(doc);
    },
  };
}

/** Every attribution of the document as QuoteRecords, in text order. */
export function extractQuotes(doc: Doc): QuoteRecord[] {
  if (!doc.tokens.length) return [];
  const ctx = new QuoteContext(doc);
  const attributions = findAttributions(ctx);
  const records: QuoteRecord[] = [];
  const earlier = new EarlierSpeakers(doc);
  const quotations = new SpanIndex(ctx.quotations);
  for (const a of attributions) {
    const record = toRecord(doc, quotations, ctx, a, earlier, records.length);
    records.push(record);
    // the speaker of a relative clause ("Ana Ruiz, who said …") takes no turn: the sentence's subject keeps the floor
    if (record.speakerSpan && !ctx.lang.relativePronouns.has(record.speakerText!.toLowerCase())) earlier.add(record.speaker, doc.sentenceAt(record.speakerSpan.start));
  }
  return records;
}

function toRecord(doc: Doc, quotations: SpanIndex<Quotation>, ctx: QuoteContext, a: Attribution, earlier: EarlierSpeakers, index: number): QuoteRecord {
  const start = a.parts[0].start;
  const end = a.parts[a.parts.length - 1].end;
  const fragments: Span[] = [];
  for (const q of quotations.overlapping(start, end)) {
    for (const p of q.parts) {
      if (a.parts.some((c) => p.start >= c.start && p.end <= c.end)) fragments.push({ start: p.start, end: p.end });
    }
  }
  const kind = kindOf(doc.text, a.parts, fragments, ctx.lang.directQuoteLead);
  const speakerSpan = a.speaker ? ctx.span(a.speaker.first, a.speaker.end) : null;
  let speaker: string | null = null;
  let confidence = a.confidence;
  if (speakerSpan) {
    const resolved = resolveSpeaker(doc, speakerSpan, earlier, quotations);
    speaker = resolved.id;
    if (resolved.viaFallback) confidence *= FALLBACK_PRONOUN_FACTOR;
    if (!speaker && (isPronoun(ctx.lang, doc.slice(speakerSpan.start, speakerSpan.end)) || doc.entities.length)) confidence = Math.min(confidence, UNRESOLVED_SPEAKER_CONFIDENCE);
  } else confidence = Math.min(confidence, UNRESOLVED_SPEAKER_CONFIDENCE);
  const cue = a.cue ? { ...ctx.span(a.cue.first, a.cue.end), text: '' } : null;
  if (cue) cue.text = doc.slice(cue.start, cue.end);
  let medium: QuoteRecord['medium'] = null;
  if (a.medium) {
    const m = ctx.span(a.medium.first, a.medium.end);
    medium = { entity: entityAtSpan(doc, m)?.id ?? null, start: m.start, end: m.end, text: doc.slice(m.start, m.end) };
  }
  return {
    id: `q${index + 1}`,
    start,
    end,
    text: doc.slice(start, end),
    kind,
    parts: a.parts.map((p) => ({ start: p.start, end: p.end })),
    fragments,
    speaker,
    speakerSpan,
    speakerText: speakerSpan ? doc.slice(speakerSpan.start, speakerSpan.end) : null,
    cue,
    medium,
    confidence: Math.round(confidence * 100) / 100,
  };
}

/** direct when the content is all quotation (a `directLead` such as "that" or a colon aside), partial when it only holds some. */
function kindOf(text: string, parts: Span[], fragments: Span[], directLead: RegExp): QuoteRecord['kind'] {
  if (!fragments.length) return 'indirect';
  let outside = '';
  for (const p of parts) {
    let cursor = p.start;
    for (const f of fragments) {
      if (f.start < p.start || f.end > p.end) continue;
      outside += text.slice(cursor, f.start);
      cursor = f.end;
    }
    outside += text.slice(cursor, p.end);
  }
  const words = outside.replace(directLead, '').match(/[\p{L}\p{N}]+/gu);
  return words ? 'partial' : 'direct';
}
