import { describe, expect, it } from 'vitest';
import { findEntityAt } from '../../src/pipeline/stages/entities/lookup.js';
import { docWithMentions, entitiesOf, only } from './helpers.js';

describe('entities: pronouns and bare titles', () => {
  it('resolves "he" to the person named just before', () => {
    const doc = docWithMentions('Jake Sullivan spoke to reporters on Tuesday. He added that talks would continue.', [['Jake Sullivan', 'PER']]);
    const sullivan = only(entitiesOf(doc), 'Jake Sullivan');
    const he = sullivan.mentions.find((m) => m.via === 'pronoun');
    expect(he?.text).toBe('He');
    expect(he!.confidence).toBeGreaterThanOrEqual(0.8);
    // quotes and events find the person through the pronoun's span
    const at = doc.text.indexOf('He added');
    expect(findEntityAt(doc, at, at + 2)?.id).toBe(sullivan.id);
  });

  it('uses gender from given names to pick between two people', () => {
    const doc = docWithMentions('Ursula von der Leyen met Joe Biden in Brussels. She said the meeting was useful.', [
      ['Ursula von der Leyen', 'PER'], ['Joe Biden', 'PER'], ['Brussels', 'LOC'],
    ]);
    const ents = entitiesOf(doc);
    expect(only(ents, 'Ursula von der Leyen').mentions.some((m) => m.text === 'She')).toBe(true);
    expect(only(ents, 'Joe Biden').mentions.some((m) => m.via === 'pronoun')).toBe(false);
  });

  it('prefers the subject, with a confidence that reflects the rival', () => {
    const doc = docWithMentions('Sergei Shoigu met Dmitry Peskov in the afternoon. He later flew home.', [['Sergei Shoigu', 'PER'], ['Dmitry Peskov', 'PER']]);
    const ents = entitiesOf(doc);
    const he = only(ents, 'Sergei Shoigu').mentions.find((m) => m.via === 'pronoun');
    expect(he).toBeDefined();
    expect(he!.confidence).toBeLessThan(0.9);
    expect(only(ents, 'Dmitry Peskov').mentions.some((m) => m.via === 'pronoun')).toBe(false);
  });

  it('trusts a pronoun inside a quotation less', () => {
    const outside = docWithMentions('Joe Biden met the press. He said the talks failed.', [['Joe Biden', 'PER']]);
    const inside = docWithMentions('Joe Biden met the press. "He said the talks failed," an aide added.', [['Joe Biden', 'PER']]);
    const conf = (doc: ReturnType<typeof docWithMentions>) => only(entitiesOf(doc), 'Joe Biden').mentions.find((m) => m.via === 'pronoun')?.confidence ?? 0;
    expect(conf(outside)).toBeGreaterThan(0.8);
    expect(conf(inside)).toBeLessThan(conf(outside));
  });

  it('leaves a pronoun unresolved when no person is in reach', () => {
    const doc = docWithMentions(
      'Joe Biden arrived on Monday. The weather was warm. Markets rose. Prices fell. Traders left early. He was not seen again.',
      [['Joe Biden', 'PER']],
    );
    const biden = only(entitiesOf(doc), 'Joe Biden');
    expect(biden.mentions.some((m) => m.via === 'pronoun')).toBe(false);
  });

  it('resolves a bare title to the person holding that role', () => {
    const doc = docWithMentions(
      'Kremlin spokesman Dmitry Peskov met US President Joe Biden. The spokesman said nothing was agreed. The president disagreed.',
      [['Kremlin', 'LOC'], ['Dmitry Peskov', 'PER'], ['US', 'LOC'], ['Joe Biden', 'PER']],
    );
    const ents = entitiesOf(doc);
    const peskov = only(ents, 'Dmitry Peskov');
    expect(peskov.mentions.find((m) => m.via === 'title')?.text).toBe('The spokesman');
    expect(only(ents, 'Joe Biden').mentions.find((m) => m.via === 'title')?.text).toBe('The president');
  });

  it('reads "the Russian leader" as the person leading Russia, whatever the title', () => {
    const doc = docWithMentions(
      'Russian President Vladimir Putin met Sergei Shoigu. The Russian leader praised the army.',
      [['Russian', 'MISC'], ['Vladimir Putin', 'PER'], ['Sergei Shoigu', 'PER']],
    );
    const ents = entitiesOf(doc);
    expect(only(ents, 'Vladimir Putin').mentions.find((m) => m.via === 'title')?.text).toBe('The Russian leader');
  });

  it('leaves a bare title unresolved when nobody holds the role', () => {
    const doc = docWithMentions('Joe Biden spoke first. The minister said later that the plan would change.', [['Joe Biden', 'PER']]);
    const ents = entitiesOf(doc);
    expect(ents.flatMap((e) => e.mentions).some((m) => m.via === 'title')).toBe(false);
  });
});
