import { z } from 'zod';

/** One syntactic word of the parse (UD English words: tokens with hyphenated compounds split, runs of marks joined). */
export const SyntaxWordSchema = z.object({
  start: z.number().int().describe('offset into text'),
  end: z.number().int(),
  upos: z.string().describe('universal part-of-speech tag'),
  xpos: z.string().describe('Penn Treebank tag'),
  lemma: z.string(),
  head: z.number().int().describe("index of the head word in this array, -1 for a sentence's root"),
  relation: z.string().describe('Universal Dependencies v2 relation with English subtypes, e.g. nsubj:pass'),
});
export type SyntaxWordRecord = z.infer<typeof SyntaxWordSchema>;
