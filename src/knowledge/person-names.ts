import type { Gender } from '../lang/sections/names.js';

/**
 * Common given names whose gender is clear enough to guide pronoun resolution (written here, short on purpose:
 * an unknown name simply leaves gender open). Lower case.
 */
const MALE = `
john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis jerry
tyler aaron henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl keith roger gerald christian
terry sean arthur austin noah lawrence jesse joe bryan billy jordan albert dylan bruce willie gabriel alan juan logan
wayne ralph roy eugene randy vincent russell louis philip bobby johnny bradley barack bill mike jim tom tony
vladimir sergei sergey dmitry dmitri alexei alexey aleksandr alexandr yevgeny evgeny mikhail nikolai ivan boris igor
oleg andrei andrey viktor yuri maxim pavel volodymyr petro oleksandr oleksiy mykola emmanuel francois jean pierre
jacques nicolas olaf helmut gerhard friedrich wolfgang hans klaus rishi keir narendra rahul
 yair naftali ali hassan hossein mohammed muhammad mohammad ahmed ahmad
omar abdul abdullah khalid salman mahmoud ismail ibrahim yusuf mustafa emre kemal jair luiz lula javier pedro carlos
jose luis miguel manuel antonio francisco alejandro andres gustavo fernando matteo mario
giuseppe silvio sergio shinzo fumio yoshihide jake antony lloyd hunter beau jared rudy
elon jeff tim satya sundar warren rupert 
`;

const FEMALE = `
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine
maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea
cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice abigail alice judy sophia
grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla
alexis lori hillary kamala ursula liz jacinda sanna giorgia marine segolene
annalena indira sonia priyanka benazir hasina golda
tzipi maia zuzana kaja kristalina nikki marjorie ilhan alexandria elena yulia yuliya olena natalia natalya
tatiana tatyana svetlana irina olga valentina anastasia ekaterina yekaterina lyudmila marina ksenia
`;

const genderByName = new Map<string, Gender>();
for (const w of MALE.split(/\s+/)) if (w) genderByName.set(w, 'm');
for (const w of FEMALE.split(/\s+/)) if (w) genderByName.set(w, 'f');

/** The gender a given name suggests ("Jake" → 'm', "Ursula" → 'f'), or null when unknown or mixed. */
export function genderOfGivenName(name: string): Gender | null {
  return genderByName.get(name.toLowerCase()) ?? null;
}

/**
 * Family-name-first naming: a person whose first name token is one of these common East Asian family names is
 * referred to by it ("Kim Jong Un" → "Kim", "Xi Jinping" → "Xi"). Written here.
 */
const FAMILY_NAME_FIRST = new Set(
  `kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song moon xi li wang zhang liu chen yang
  huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang hun nguyen tran pham le hoang`.split(/\s+/),
);

/** True if the lower-case token is a common family name that comes first in its culture's name order. */
export function isFamilyNameFirst(lower: string): boolean {
  return FAMILY_NAME_FIRST.has(lower);
}
