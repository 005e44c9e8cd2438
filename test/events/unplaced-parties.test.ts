import { describe, expect, it } from 'vitest';
import { eventsOf, shownEvents } from '../helpers/events.js';

// sentences we wrote: real news often names police, troops, rebels or a court with no country; an act of our lexicon
// between such a body and another party is still an event, its parties of unknown country

describe('armed forces, police or a court named with no country are parties of their acts', () => {
  const coded = (text: string, type: string): string[] => eventsOf(text).filter((e) => e.type === type).map((e) => `${e.source?.code}->${e.target?.code}`);
  it('police who arrested suspects', () => expect(coded('Police arrested three suspects in connection with the bombing.', 'COERCE')).toContain('---COP->undefined'));
  it('protesters who clashed with police', () => expect(coded('Protesters clashed with police in the capital.', 'FIGHT')).toContain('---CVL->---COP'));
  it('soldiers who opened fire on protesters', () => expect(coded('Soldiers opened fire on protesters in the north of the country.', 'FIGHT')).toContain('---MIL->---CVL'));
  it('a prosecutor who charged a former president', () => expect(coded('The prosecutor charged the former president with fraud.', 'DISAPPROVE')).toContain('---JUD->---ELI'));
  it('a party of known country keeps it beside one of none', () => {
    const found = eventsOf('Kenyan police arrested opposition supporters in Nairobi.');
    expect(found.some((e) => e.type === 'COERCE' && e.source?.code === 'KENCOP'), shownEvents(found)).toBe(true);
  });
  it('two bodies of no country neither armed nor a court code nothing', () => {
    const found = eventsOf('The president praised the senators for their work.');
    expect(found.filter((e) => !e.source?.country && !e.target?.country), shownEvents(found)).toEqual([]);
  });
});
