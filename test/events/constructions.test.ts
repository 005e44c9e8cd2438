import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/model/layers/events.js';
import { eventsOf as events } from '../helpers/events.js';

// sentences we wrote, one per construction the parse must read; the whole pipeline from raw text
function find(list: EventRecord[], type: string): EventRecord {
  const e = list.find((x) => x.type === type);
  expect(e, `${type} in ${JSON.stringify(list.map((x) => `${x.type}:${x.trigger.text}`))}`).toBeDefined();
  return e!;
}

describe('roles from the dependency parse', () => {
  it('active verb: the subject acts on the object', () => {
    const e = find(events('Russian troops attacked Ukrainian villages near the border.'), 'ASSAULT');
    expect(e.source?.code).toBe('RUSMIL');
    expect(e.target?.country).toBe('UKR');
  });

  it('passive verb: the "by" phrase acts on the subject', () => {
    const e = find(events('Three Kenyan soldiers were killed by Somali militants near the border.'), 'ASSAULT');
    expect(e.source?.code).toBe('SOMREB');
    expect(e.target?.code).toBe('KENMIL');
  });

  it('nominal event: the "by" phrase is the agent and the possessor the victim', () => {
    const e = find(events("Judge Elena Mendoza's assassination by two gunmen from the Turkish army stunned the capital."), 'ASSAULT');
    expect(e.source?.country).toBe('TUR');
    expect(e.target?.name).toContain('Mendoza');
  });

  it('light verb with an event noun: the verb\'s subject acts, the noun\'s "on" phrase is hit', () => {
    const e = find(events('Israel launched an attack on Lebanese army positions.'), 'ASSAULT');
    expect(e.source?.country).toBe('ISR');
    expect(e.target?.country).toBe('LBN');
  });

  it('oblique of the verb\'s class: protest "against"', () => {
    const e = find(events('Students protested against the Egyptian government in Cairo.'), 'PROTEST');
    expect(e.target?.code).toBe('EGYGOV');
  });

  it('coordinated subjects of a symmetric event are its two parties', () => {
    const e = find(events('Argentina and Chile held talks on the fishing dispute.'), 'CONSULT');
    expect(new Set([e.source?.country, e.target?.country])).toEqual(new Set(['ARG', 'CHL']));
  });

  it('relative clause: the noun a "who" clause modifies is its subject', () => {
    const e = find(events('The Colombian rebels who attacked the army post fled into the jungle.'), 'ASSAULT');
    expect(e.source?.code).toBe('COLREB');
  });

  it('the speaker of a reported event is not its actor', () => {
    const e = find(events('The UN envoy said Syrian troops shelled the town on Monday.'), 'FIGHT');
    expect(e.source?.code).toBe('SYRMIL');
  });

  it('control: the subject of "declined" is the subject of "threaten"', () => {
    const e = find(events('Iran declined to threaten Israel.'), 'THREATEN');
    expect(e.source?.country).toBe('IRN');
    expect(e.target?.country).toBe('ISR');
  });

  it('reduced passive relative: the noun a participle modifies is its patient, the "by" phrase its agent', () => {
    const e = find(events('Two Kenyan journalists detained by Ugandan police were released on Monday.'), 'COERCE');
    expect(e.source?.code).toBe('UGACOP');
    expect(e.target?.country).toBe('KEN');
  });

  it('a participle with a "by" agent is passive even where the parse gives no passive auxiliary', () => {
    const e = find(events('Civilians wounded by Syrian shelling were taken to hospitals in Turkey.'), 'ASSAULT');
    expect(e.source?.country).toBe('SYR');
    expect(e.target?.country).toBe('TUR');
  });

  it('coordinated subjects of a verb of agreeing are its two parties', () => {
    const e = find(events('Chile and Peru agreed to reopen the border crossing.'), 'AGREE');
    expect(new Set([e.source?.country, e.target?.country])).toEqual(new Set(['CHL', 'PER']));
    expect(e.symmetric).toBe(true);
  });

  it('nominal event: a "by" phrase the parser hangs on the patient is still the agent', () => {
    const e = find(events('Moscow condemned the arrest of a Russian diplomat by Polish police.'), 'COERCE');
    expect(e.source?.code).toBe('POLCOP');
    expect(e.target?.country).toBe('RUS');
  });

  it('a verb\'s -ing form used as a noun is its event noun, with the noun\'s roles ("the killing of X by Y")', () => {
    const e = find(events('The killing of two French journalists by Malian rebels shocked Paris.'), 'ASSAULT');
    expect(e.source?.code).toBe('MLIREB');
    expect(e.target?.country).toBe('FRA');
  });

  it('one reacting to an act named with its doer aims at the doer', () => {
    const e = find(events('Moscow condemned the arrest of a Russian diplomat by Polish police.'), 'DISAPPROVE');
    expect(e.target?.code).toBe('POLCOP');
  });

  it('an actor modifying an event noun is its agent, and one reacting to the act aims at it ("the Israeli air strike")', () => {
    const list = events('Jordan condemned the Syrian air strike on Daraa.');
    expect(find(list, 'DISAPPROVE').target?.country).toBe('SYR');
    expect(find(list, 'FIGHT').source?.country).toBe('SYR');
  });

  it('an event noun\'s "by" phrase is its agent, before anyone else in the sentence ("the arrest of X by Y")', () => {
    const e = find(events('The arrest of twelve Somali nationals by Kenyan police angered Mogadishu.'), 'COERCE');
    expect(e.source?.code).toBe('KENCOP');
    expect(e.target?.country).toBe('SOM');
  });

  it('a country named before "and" and a named body is a party of its own, not of the body\'s sector', () => {
    const e = find(events('Qatar and Hamas agreed to a truce.'), 'AGREE');
    const qatar = [e.source, e.target].find((a) => a?.country === 'QAT');
    expect(qatar).toBeDefined();
    expect(qatar?.sector).toBeNull();
  });

  it('an irregular participle with a passive auxiliary is passive, and so is an event noun in its result phrase', () => {
    // "put" has no participle ending: the parse's passive auxiliary tells; "under investigation" is the state it puts its subject in
    const list = events('A Kenyan journalist has been put under investigation in Uganda.').filter((e) => e.type === 'INVESTIGATE');
    expect(list.length).toBeGreaterThan(0);
    for (const e of list) {
      expect(e.source?.country).toBe('UGA');
      expect(e.target?.country).toBe('KEN');
    }
    expect(find(events('A British aid worker was put on trial in Iran on Sunday.'), 'COERCE').source?.country).toBe('IRN');
  });

  it('rebels named beside a government with "and" are its own, and the two are a mutual act\'s parties', () => {
    for (const text of ['The Chadian government and rebels held talks in Libya on Monday.', 'The Chadian government and the rebels held talks in Libya on Monday.']) {
      const e = find(events(text), 'CONSULT');
      expect(new Set([e.source?.code, e.target?.code])).toEqual(new Set(['TCDGOV', 'TCDREB']));
    }
  });

  it('two actors sharing one head noun are the two parties of a mutual act', () => {
    const e = find(events('The Ethiopian and Eritrean delegations agreed to exchange prisoners of war.'), 'AGREE');
    expect(new Set([e.source?.country, e.target?.country])).toEqual(new Set(['ETH', 'ERI']));
  });
});

describe('modality from the parse', () => {
  it('negation', () => expect(find(events('Ghana did not attack Togo.'), 'ASSAULT').modality).toBe('negated'));
  it('refused to', () => expect(find(events('Turkey refused to negotiate with the Kurdish rebels.'), 'CONSULT').modality).toBe('negated'));
  it('declined to', () => expect(find(events('Iran declined to threaten Israel.'), 'THREATEN').modality).toBe('negated'));
  it('failed to', () => expect(find(events('Egypt failed to mediate between Israel and Hamas.'), 'CONSULT').modality).toBe('negated'));
  it('plans to', () => expect(find(events('Norway plans to send aid to Chile.'), 'AID').modality).toBe('planned'));
  it('intends to', () => expect(find(events('Peru intends to expel Bolivian diplomats.'), 'SANCTION').modality).toBe('planned'));
  it('agreed to', () => expect(find(events('Chile agreed to release the Peruvian fishermen.'), 'RETREAT').modality).toBe('planned'));
  it('will', () => expect(find(events('Kenya will host Ugandan President Yoweri Museveni next week.'), 'CONSULT').modality).toBe('planned'));
  it('could', () => expect(find(events('Iran could attack Israeli ships.'), 'ASSAULT').modality).toBe('hypothetical'));
  it('if', () => expect(find(events('If Serbia attacks Kosovo, NATO might intervene.'), 'ASSAULT').modality).toBe('hypothetical'));
  it('threatened to', () => expect(find(events('Brazil threatened to impose sanctions on Paraguay.'), 'SANCTION').modality).toBe('threatened'));
  it('an event noun as the object of a verb of planning or refusing', () => {
    expect(find(events('Chad planned an attack on Sudanese rebels.'), 'ASSAULT').modality).toBe('planned');
    expect(find(events('Eritrea refused talks with Ethiopia.'), 'CONSULT').modality).toBe('negated');
    expect(find(events('Chad launched an attack on Sudanese rebels.'), 'ASSAULT').modality).toBe('asserted');
  });
  it('denied that', () => expect(find(events('The Kremlin denied that Russian troops attacked Georgian villages.'), 'ASSAULT').modality).toBe('denied'));
});

describe('word senses that are not events', () => {
  it('a shell of ice is not shelling', () => {
    expect(events("Under the frozen shell of Enceladus lies a salty sea, the researchers reported.")).toEqual([]);
  });

  it('the month of March is not a protest march', () => {
    expect(events('In March, Kenya and Uganda signed a trade agreement.').map((e) => e.type)).not.toContain('PROTEST');
    expect(events('Talks between Peru and Chile resumed on 3 March.').map((e) => e.type)).not.toContain('PROTEST');
  });

  it('"in order to" is not an order', () => {
    expect(events('Japan cut its interest rate in order to support exporters.').map((e) => e.type)).not.toContain('DEMAND');
  });

  it('a host at dinner is not a meeting', () => {
    expect(events('The Japanese prime minister praised his host, French President Emmanuel Macron.').map((e) => e.type)).not.toContain('CONSULT');
  });

  it('a press secretary is not pressure', () => {
    expect(events('White House press secretary Karine Jean-Pierre spoke to reporters in Washington.')).toEqual([]);
  });

  it('a hockey report codes nothing', () => {
    const report = [
      'Canada beat Sweden 3-1 in the final on Sunday.',
      'Crosby scored twice in the second period as the Canadians attacked from the start.',
      'Sweden pulled their goalie with two minutes left but could not break through.',
    ].join(' ');
    expect(events(report)).toEqual([]);
  });

  it('a space-science report codes nothing', () => {
    const report = [
      'The probe struck the asteroid at 22,000 kilometres an hour on Monday.',
      'Astronomers said the impact changed the orbit of the small moon.',
      'The spacecraft fired its thrusters to turn towards Earth.',
    ].join(' ');
    expect(events(report)).toEqual([]);
  });
});
