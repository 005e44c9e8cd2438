import type { Doc } from '../../../model/doc.js';
import type { MentionRecord } from '../../../model/layers/entities.js';
import type { Stage } from '../../stage.js';
import { ENTITY_TYPES, labelPosition, labelType, OUTSIDE } from './labels.js';
import { loadNerModel, type NerModel } from './model.js';
import type { DecodedSentence } from './decode.js';

// logistic of (margin - offset) / scale, fitted by log loss to whether each predicted mention on CoNLL dev was right
// (mentions with the smallest token margin under 2 are right 41% of the time, above 40 98%)
const MARGIN_OFFSET = 4;
const MARGIN_SCALE = 15;

/** Margin → confidence in (0, 1): calibrated logistic of the score gap between the chosen and next allowed label. */
export function marginConfidence(margin: number): number {
  return 1 / (1 + Math.exp(-(margin - MARGIN_OFFSET) / MARGIN_SCALE));
}

/** Mentions (token index ranges with type and confidence) of one decoded sentence. */
export function decodedToSpans(decoded: DecodedSentence): Array<{ start: number; end: number; type: number; confidence: number }> {
  const spans: Array<{ start: number; end: number; type: number; confidence: number }> = [];
  const { labels, margins } = decoded;
  let start = -1;
  let minMargin = Infinity;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === OUTSIDE) continue;
    const p = labelPosition(l);
    if (p === 0 || p === 3) {
      start = i;
      minMargin = Infinity;
    }
    if (start < 0) continue; // cannot happen under BILOU constraints; guards hand-made input
    minMargin = Math.min(minMargin, margins[i]);
    if (p === 2 || p === 3) {
      spans.push({ start, end: i + 1, type: labelType(l), confidence: marginConfidence(minMargin) });
      start = -1;
    }
  }
  return spans;
}

/** Recognises PER/ORG/LOC/MISC mentions in `doc.tokens` with the trained model (see models/NER_MODEL_CARD.md). */
export function recogniseMentions(doc: Doc, model: NerModel): MentionRecord[] {
  const sentences = doc.sentences.map((s) => {
    const words: string[] = new Array(s.tokenEnd - s.tokenStart);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) words[i - s.tokenStart] = doc.tokens[i].text;
    return words;
  });
  const decoded = model.tagDocument(sentences);
  const mentions: MentionRecord[] = [];
  for (let s = 0; s < decoded.length; s++) {
    const first = doc.sentences[s].tokenStart;
    for (const span of decodedToSpans(decoded[s])) {
      const start = doc.tokens[first + span.start].start;
      const end = doc.tokens[first + span.end - 1].end;
      mentions.push({ start, end, text: doc.text.slice(start, end), label: ENTITY_TYPES[span.type], confidence: Math.round(span.confidence * 1000) / 1000 });
    }
  }
  return mentions;
}

/** Stage `ner`: loads the model once, then fills `doc.mentions`. */
export function createNerStage(modelPath?: string): Stage {
  const model = loadNerModel(modelPath);
  return {
    name: 'ner',
    run(doc: Doc) {
      doc.mentions = recogniseMentions(doc, model);
    },
  };
}
