import { describe, expect, it } from 'vitest';
import { eventsOf, shownEvents } from '../helpers/events.js';

// sentences we wrote: who reports an act is no party to it; a noun of an act of one's own names its doer with "of";
// forces of society are no armed body

describe('the actor of an attribution is no party to the act it reports', () => {
  it('a closing attribution with its day ("..., Ukraine\'s general staff said on Monday")', () => {
    const found = eventsOf("Russian forces shelled the town overnight, Ukraine's general staff said on Monday.");
    const fight = found.find((e) => e.type === 'FIGHT');
    expect(fight?.source?.code, shownEvents(found)).toBe('RUSMIL');
    expect(fight?.target?.sector ?? null, shownEvents(found)).not.toBe('MIL');
  });
  it('a closing attribution: the reporting country is neither target nor the place attacked', () => {
    const found = eventsOf("North Korea fired two ballistic missiles into the sea on Sunday, South Korea's military said.");
    expect(found.filter((e) => e.target?.country === 'KOR' || e.source?.country === 'KOR'), shownEvents(found)).toEqual([]);
  });
  it('an opening "according to" attribution', () => {
    const found = eventsOf('According to Kenyan police, gunmen attacked a bus near the border with Somalia.');
    expect(found.filter((e) => e.source?.sector === 'COP' || e.target?.sector === 'COP'), shownEvents(found)).toEqual([]);
  });
  it('a speaker who opens the sentence is not where the act happened', () => {
    const found = eventsOf("Israel's army said Hamas fighters had attacked a checkpoint.");
    expect(found.filter((e) => e.target?.country === 'ISR'), shownEvents(found)).toEqual([]);
  });
  it('a party named in the act itself stays a party', () => {
    const found = eventsOf("Russia attacked Ukraine's power grid overnight, Ukraine's energy minister said.");
    expect(found.some((e) => e.type === 'ASSAULT' && e.source?.code === 'RUS' && e.target?.country === 'UKR'), shownEvents(found)).toBe(true);
  });
});

describe('a noun of an act of one\'s own has its doer in its "of" phrase', () => {
  it('the withdrawal of troops is done by the troops', () => {
    const found = eventsOf('The withdrawal of American troops from Afghanistan ended in August.');
    const retreat = found.find((e) => e.type === 'RETREAT');
    expect(retreat?.source?.code, shownEvents(found)).toBe('USAMIL');
    expect(retreat?.target?.code ?? null, shownEvents(found)).not.toBe('USAMIL');
  });
  it('the visit of a president is paid by the president', () => {
    const found = eventsOf('The visit of the Chinese president to Moscow was praised by Russian officials.');
    expect(found.find((e) => e.trigger.text === 'visit')?.source?.code, shownEvents(found)).toBe('CHNGOV');
  });
  it('the arrest of a leader is done to the leader', () => {
    const found = eventsOf('The arrest of the opposition leader angered Kenya.');
    const arrest = found.find((e) => e.trigger.text === 'arrest');
    expect(arrest?.target?.code, shownEvents(found)).toBe('KENOPP');
    expect(arrest?.source ?? null, shownEvents(found)).toBeNull();
  });
});

describe('forces of society are no armed body', () => {
  it('economic forces destroy no one as a military', () => {
    const found = eventsOf('Economic forces are destroying the middle class in America.');
    expect(found.filter((e) => e.source?.sector === 'MIL'), shownEvents(found)).toEqual([]);
  });
  it('a country\'s forces are still its military', () => {
    const found = eventsOf('Syrian forces attacked rebel positions near Aleppo.');
    expect(found.some((e) => e.source?.code === 'SYRMIL'), shownEvents(found)).toBe(true);
  });
});
