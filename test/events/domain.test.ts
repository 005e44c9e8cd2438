import { describe, expect, it } from 'vitest';
import { eventsOf as events, shownEvents as shown } from '../helpers/events.js';
import { gameResult } from '../../src/pipeline/stages/events/domain.js';
import { events as english } from '../../src/lang/en/events/index.js';

// reports we wrote of sport, science and business beside political ones: only acts of political actors are events
const words = (s: string): string[] => s.toLowerCase().split(' ');

describe("a game's result", () => {
  it('a scoreline beside a result word is a game', () => {
    expect(gameResult(english, words('the rovers beat the city side 4-2 on saturday'))).toBe(true);
    expect(gameResult(english, words('a 2-0 win over the visitors'))).toBe(true);
    expect(gameResult(english, words('they drew 1–1 at home'))).toBe(true);
  });

  it('a vote, a poll or a ruling counted the same way is no game', () => {
    expect(gameResult(english, words('the senate voted 52-48 and the majority won'))).toBe(false);
    expect(gameResult(english, words('she beat the incumbent 52-48 in the primary'))).toBe(false);
    expect(gameResult(english, words('the court ruled 5-4 and the state lost'))).toBe(false);
    expect(gameResult(english, words('the 2023-24 budget was lost'))).toBe(false);
  });

  it('a hockey report with a team named after its city codes nothing', () => {
    const report = [
      'The Toronto Maple Leafs beat the Boston Bruins 4-2 on Saturday night at Scotiabank Arena.',
      'Auston Matthews scored twice in the second period, and goaltender Joseph Woll stopped 31 shots.',
      'Boston attacked relentlessly in the third period but could not break through.',
      'The Bruins will host the Montreal Canadiens on Tuesday.',
      "Coach Jim Montgomery said his team must defend better and protect the lead. Toronto's captain criticized the referees.",
    ].join(' ');
    const list = events(report);
    expect(list, shown(list)).toEqual([]);
  });

  it('a vote counted like a score is still coded', () => {
    const list = events('The Brazilian Senate voted 52-48 to approve the trade agreement with Argentina.');
    expect(list.length, shown(list)).toBeGreaterThan(0);
  });
});

describe('reports of entertainment', () => {
  it('a film report codes nothing', () => {
    const report = [
      'The French actress Juliette Binoche received the award for best actress on Sunday.',
      'Her new film, shot in Morocco, attacks the fashion industry with biting humour.',
      'The film premieres in London next month, and its soundtrack album will be released in June.',
    ].join(' ');
    const list = events(report);
    expect(list, shown(list)).toEqual([]);
  });

  it('an actress arrested by a state is an event', () => {
    const list = events('Iranian police arrested the actress Taraneh Alidoosti in Tehran on Saturday. The actress had criticized the Iranian government.');
    expect(list.map((e) => e.type), shown(list)).toContain('COERCE');
  });
});
