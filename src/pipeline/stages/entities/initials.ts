import type { MentionRecord } from '../../../model/layers/entities.js';
import type { DocView } from './context.js';

/** A middle initial: one capital letter and a full stop ("D.", "W."). */
const INITIAL = /^\p{Lu}\.$/u;

/** A capitalised name word (letters, hyphens, apostrophes: "Ryan", "Blige-Hart", "O'Neill"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * First name, middle initial and last name are one person ("Paul D. Ryan", "George W. Bush"): joins a person span that
 * ends in an initial to the name words after it, and a person span to a person span right after it that opens with an
 * initial ("Paul" + "D. Ryan"). `sorted` are the recogniser's mentions by start; returns the joined list.
 */
export function joinMiddleInitials(view: DocView, sorted: MentionRecord[]): MentionRecord[] {
  const out: MentionRecord[] = [];
  for (let k = 0; k < sorted.length; k++) {
    let m = sorted[k];
    if (m.label !== 'PER') {
      out.push(m);
      continue;
    }
    let [a, b] = view.tokenRange(m.start, m.end);
    const next = sorted[k + 1];
    const [na, nb] = next ? view.tokenRange(next.start, next.end) : [-1, -1];
    if (next && next.label === 'PER' && na === b && INITIAL.test(view.text[na]) && nb - na > 1 && view.sentenceOf[na] === view.sentenceOf[a]) {
      // "Paul" + "D. Ryan"
      b = nb;
      k++;
    } else if (INITIAL.test(view.text[b - 1]) && b - a > 1) {
      // "George W." + "Bush": take the name words after the initial, and a person span that starts among them
      let e = b;
      while (e < view.length && view.sentenceOf[e] === view.sentenceOf[a] && NAME_WORD.test(view.text[e]) && e - b < 2) e++;
      if (e === b) {
        out.push(m);
        continue;
      }
      if (next && na >= b && na < e) {
        if (next.label !== 'PER') e = na;
        else {
          e = Math.max(e, nb);
          k++;
        }
      }
      if (e === b) {
        out.push(m);
        continue;
      }
      b = e;
    } else {
      out.push(m);
      continue;
    }
    const start = view.doc.tokens[a].start;
    const end = view.doc.tokens[b - 1].end;
    m = { ...m, start, end, text: view.doc.text.slice(start, end) };
    out.push(m);
  }
  return out;
}
