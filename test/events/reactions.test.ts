import { describe, expect, it } from 'vitest';
import { eventsOf, shownEvents } from '../helpers/events.js';

// sentences we wrote: one who reacts to an act (condemns, welcomes, reports, blames it) is not the one who did it

describe('the subject of a verb of reacting did not do the act its object names', () => {
  const doers = (text: string, type: string): Array<string | null> => eventsOf(text).filter((e) => e.type === type).map((e) => e.source?.code ?? null);
  it('a UN chief who condemned an attack did not attack', () => {
    const found = eventsOf('The UN Secretary-General condemned the attack and urged restraint.');
    expect(found.filter((e) => e.type === 'ASSAULT' || e.type === 'FIGHT'), shownEvents(found)).toEqual([]);
    expect(found.some((e) => e.type === 'DISAPPROVE' && e.source?.country === 'IGO'), shownEvents(found)).toBe(true);
  });
  it('a ministry that denounced a bombing did not bomb', () => {
    expect(doers("Egypt's foreign ministry denounced the bombing of a church in Alexandria.", 'ASSAULT')).not.toContain('EGYGOV');
  });
  it('a government that welcomed a release did not release anyone', () => {
    const found = eventsOf('The French government welcomed the release of two aid workers held in Mali.');
    expect(found.filter((e) => e.source?.country === 'FRA' && e.type !== 'SUPPORT' && e.type !== 'AGREE' && e.type !== 'COOPERATE'), shownEvents(found)).toEqual([]);
  });
  it('the act\'s own doer named beside it is still its doer', () => {
    const found = eventsOf('Germany condemned the Russian missile strike on Kyiv.');
    expect(found.some((e) => (e.type === 'ASSAULT' || e.type === 'FIGHT') && e.source?.country === 'RUS'), shownEvents(found)).toBe(true);
  });
  it('a possessor beside the act\'s patient is its doer ("X\'s attacks on Y")', () => {
    const found = eventsOf("The European Union condemned Russia's attacks on Ukrainian power plants.");
    expect(found.some((e) => (e.type === 'ASSAULT' || e.type === 'FIGHT') && e.source?.country === 'RUS' && e.target?.country === 'UKR'), shownEvents(found)).toBe(true);
  });
  it('a possessor alone of an act done to a person is its patient ("X\'s assassination")', () => {
    const found = eventsOf("Turkey condemned the ambassador's assassination in Ankara by a Turkish police officer.");
    expect(found.filter((e) => e.type === 'ASSAULT' && e.source?.sector === 'GOV'), shownEvents(found)).toEqual([]);
  });
  it('a light verb\'s subject still does the act ("launched an attack")', () => {
    const found = eventsOf('Syrian rebels launched an attack on a Turkish army post.');
    expect(found.some((e) => (e.type === 'ASSAULT' || e.type === 'FIGHT') && e.source?.code === 'SYRREB' && e.target?.country === 'TUR'), shownEvents(found)).toBe(true);
  });
  it('a missile strike is force, no labour strike', () => {
    const found = eventsOf('Russian forces carried out a missile strike on Kharkiv.');
    expect(found.map((e) => e.type), shownEvents(found)).not.toContain('PROTEST');
    expect(found.some((e) => e.type === 'FIGHT' && e.source?.country === 'RUS'), shownEvents(found)).toBe(true);
  });
  it('a government that imposed sanctions imposed them', () => {
    expect(doers('The United States imposed new sanctions on Iranian oil exports.', 'SANCTION')).toContain('USA');
  });
});
