/**
 * Group words that are not nationalities: religions, ethnic groups and party membership ("Muslim", "Kurds",
 * "Republican"). Nationalities come from countries.ts demonyms. Written here; singular and plural forms, canonical
 * name first.
 */
export interface GroupWord {
  /** canonical form ("Muslim", "Kurd", "Republican") */
  name: string;
  forms: string[];
  kind: 'religion' | 'ethnic' | 'party';
  /** ISO alpha-2 when the group belongs to one country (US parties, UK parties) */
  country: string | null;
}

const GROUPS: GroupWord[] = [
  { name: 'Muslim', forms: ['Muslim', 'Muslims', 'Moslem', 'Moslems'], kind: 'religion', country: null },
  { name: 'Christian', forms: ['Christians'], kind: 'religion', country: null },
  { name: 'Catholic', forms: ['Catholic', 'Catholics', 'Roman Catholic', 'Roman Catholics'], kind: 'religion', country: null },
  { name: 'Protestant', forms: ['Protestant', 'Protestants', 'Evangelical', 'Evangelicals'], kind: 'religion', country: null },
  { name: 'Orthodox Christian', forms: ['Orthodox Christian', 'Orthodox Christians'], kind: 'religion', country: null },
  { name: 'Jewish', forms: ['Jewish', 'Jew', 'Jews'], kind: 'religion', country: null },
  { name: 'Hindu', forms: ['Hindu', 'Hindus'], kind: 'religion', country: null },
  { name: 'Buddhist', forms: ['Buddhist', 'Buddhists'], kind: 'religion', country: null },
  { name: 'Sikh', forms: ['Sikh', 'Sikhs'], kind: 'religion', country: null },
  { name: 'Sunni', forms: ['Sunni', 'Sunnis'], kind: 'religion', country: null },
  { name: 'Shia', forms: ['Shia', 'Shias', 'Shiite', 'Shiites', "Shi'ite", "Shi'ites"], kind: 'religion', country: null },
  { name: 'Alawite', forms: ['Alawite', 'Alawites'], kind: 'religion', country: null },
  { name: 'Druze', forms: ['Druze'], kind: 'religion', country: null },
  { name: 'Yazidi', forms: ['Yazidi', 'Yazidis'], kind: 'religion', country: null },
  { name: 'Kurd', forms: ['Kurd', 'Kurds', 'Kurdish'], kind: 'ethnic', country: null },
  { name: 'Arab', forms: ['Arab', 'Arabs'], kind: 'ethnic', country: null },
  { name: 'Uyghur', forms: ['Uyghur', 'Uyghurs', 'Uighur', 'Uighurs'], kind: 'ethnic', country: 'CN' },
  { name: 'Rohingya', forms: ['Rohingya', 'Rohingyas'], kind: 'ethnic', country: 'MM' },
  { name: 'Tamil', forms: ['Tamil', 'Tamils'], kind: 'ethnic', country: null },
  { name: 'Pashtun', forms: ['Pashtun', 'Pashtuns'], kind: 'ethnic', country: null },
  { name: 'Tutsi', forms: ['Tutsi', 'Tutsis'], kind: 'ethnic', country: null },
  { name: 'Hutu', forms: ['Hutu', 'Hutus'], kind: 'ethnic', country: null },
  { name: 'Latino', forms: ['Latino', 'Latinos', 'Latina', 'Latinas', 'Hispanic', 'Hispanics'], kind: 'ethnic', country: null },
  { name: 'Republican', forms: ['Republican', 'Republicans', 'GOP'], kind: 'party', country: 'US' },
  { name: 'Democrat', forms: ['Democrat', 'Democrats', 'Democratic'], kind: 'party', country: 'US' },
  { name: 'Conservative', forms: ['Tory', 'Tories'], kind: 'party', country: 'GB' },
  { name: 'Communist', forms: ['Communist', 'Communists'], kind: 'party', country: null },
  { name: 'Socialist', forms: ['Socialist', 'Socialists'], kind: 'party', country: null },
  { name: 'Islamist', forms: ['Islamist', 'Islamists', 'Jihadist', 'Jihadists'], kind: 'party', country: null },
];

/** Every group word (for exact-match scanning). */
export function groupWords(): readonly GroupWord[] {
  return GROUPS;
}
