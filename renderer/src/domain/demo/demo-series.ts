/**
 * The demo series "Pre-sessions 30" (Geneva, 11-13 April 2018): the twelve States under
 * Review of that series with fictional panellists and fictional delegates of Permanent
 * Missions. Every person and organisation here is invented; the pattern of the days is real.
 * Deterministic: the same ids in, the same series out.
 */
import { generateNKeysBetween } from 'fractional-indexing';
import { sortByOrder } from '../programme/slot-order';
import { localEpoch } from '../moderator/run-of-show';
import type { Category, Gender, Participant, Registration, Series, Session, Slot, SlotKind } from '../core/model';
import type { IdMaker } from '../core/ids';
import { allottedFor, DEFAULT_DURATIONS } from '../programme/series';
import { stateName } from '../states/states';
import { seededRandom } from './seeded-random';

export interface DemoSeries {
  series: Series;
  sessions: Session[];
  slots: Slot[];
  participants: Participant[];
}

export const DEMO_SERIES_NAME = 'Pre-sessions 30';

/** The States under Review of April 2018, in the order of the programme. */
export const DEMO_STATES_UNDER_REVIEW = ['AZE', 'BGD', 'BFA', 'CMR', 'CAN', 'COL', 'CUB', 'DJI', 'DEU', 'RUS', 'TKM', 'UZB'] as const;

const DAYS = ['2018-04-11', '2018-04-12', '2018-04-13'] as const;
const TIMES: ReadonlyArray<readonly [string, string]> = [
  ['10:00', '11:00'],
  ['11:15', '12:15'],
  ['14:00', '15:00'],
  ['15:15', '16:15'],
];
const MODERATORS = ['Laura Hartmann', 'Mathieu Lefèvre', 'Ana Beatriz Souza'];

const FIRST_NAMES_WOMEN = [
  'Amina',
  'Leyla',
  'Nusrat',
  'Fatimata',
  'Chantal',
  'Marie-Ève',
  'Valentina',
  'Yusleidy',
  'Hodan',
  'Katrin',
  'Olga',
  'Gulnara',
  'Dilnoza',
  'Sabina',
  'Rokeya',
  'Aïssata',
  'Carmen',
  'Inés',
  'Ekaterina',
  'Ayşe',
  'Zeynep',
  'Mariam',
  'Sophie',
  'Ingrid',
  'Lucía',
  'Naledi',
  'Priya',
  'Hanna',
  'Élodie',
  'Akosua',
];
const FIRST_NAMES_MEN = [
  'Rashad',
  'Tanvir',
  'Boukary',
  'Emmanuel',
  'Jean-François',
  'Andrés',
  'Yoandri',
  'Abdourahman',
  'Jonas',
  'Dmitri',
  'Serdar',
  'Timur',
  'Farid',
  'Idrissa',
  'Luis',
  'Mikhail',
  'Oumar',
  'Kwame',
  'Henrik',
  'Tomás',
  'Rahul',
  'Paolo',
  'Stéphane',
  'Javier',
  'Youssef',
  'Nikolai',
  'Björn',
  'Kenji',
];
const LAST_NAMES = [
  'Aliyeva',
  'Hossain',
  'Ouédraogo',
  'Mbarga',
  'Tremblay',
  'González',
  'Pérez Rivero',
  'Abdillahi',
  'Schneider',
  'Ivanova',
  'Orazov',
  'Karimova',
  'Nkemelu',
  'Kaboré',
  'Fontaine',
  'Restrepo',
  'Díaz',
  'Müller',
  'Sokolov',
  'Annayev',
  'Yusupov',
  'Haidari',
  'Mensah',
  'Lindqvist',
  'Okafor',
  'Dubois',
  'Castillo',
  'Novak',
  'Rahman',
  'Traoré',
  'Bianchi',
  'Nakamura',
  'Eriksen',
  'Sánchez',
  'Ndiaye',
];

/** Fictional organisation patterns; "{state}" becomes the State under Review's name. */
const NATIONAL_CSO_PATTERNS = [
  '{state} Centre for Civic Freedoms',
  "Women's Rights Network of {state}",
  "{state} Coalition for Children's Rights",
  'Independent Journalists Association of {state}',
  'Rural Land and Food Rights Forum, {state}',
  '{state} Disability Rights Alliance',
  'Legal Aid Collective of {state}',
];
const INTERNATIONAL_CSOS = [
  'Global Initiative for Free Expression',
  'International Federation for Fair Trials',
  'Rainbow Rights Watch International',
  'Coalition Against Enforced Disappearances',
];

/** Missions whose fictional delegates attend, besides the States under Review themselves. */
const ATTENDING_MISSIONS = [
  'AUS',
  'AUT',
  'BEL',
  'BRA',
  'CHE',
  'CHL',
  'CZE',
  'DNK',
  'ESP',
  'EST',
  'FIN',
  'FRA',
  'GBR',
  'IRL',
  'ISL',
  'ITA',
  'JPN',
  'LUX',
  'MEX',
  'NLD',
  'NOR',
  'NZL',
  'POL',
  'PRT',
  'SWE',
  'URY',
  'USA',
  'ARG',
  'KOR',
  'SVN',
];

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function buildDemoSeries(newId: IdMaker, now: number): DemoSeries {
  const random = seededRandom(30);
  const series: Series = {
    id: newId(),
    name: DEMO_SERIES_NAME,
    startDate: DAYS[0],
    endDate: DAYS[2],
    venue: 'Palais des Nations, Geneva',
    defaults: { ...DEFAULT_DURATIONS },
    createdAt: now,
    updatedAt: now,
  };
  const sessions: Session[] = [];
  const slots: Slot[] = [];
  const participants: Participant[] = [];
  let badgeNumber = 0;

  const person = (
    fields: Pick<Participant, 'name' | 'organisation' | 'category' | 'scope' | 'gender' | 'stateCode'> &
      Partial<Pick<Participant, 'confidential' | 'plateConsent'>>,
    registrations: Registration[],
  ): Participant => {
    badgeNumber += 1;
    const participant: Participant = {
      id: newId(),
      seriesId: series.id,
      email: '',
      phone: '',
      confidential: false,
      plateConsent: false,
      ...fields,
      badgeCode: `PS30-${String(badgeNumber).padStart(4, '0')}`,
      registrations,
      reviewedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    participants.push(participant);
    return participant;
  };

  const makeName = (gender: Gender): string => {
    const first = pick(gender === 'woman' ? FIRST_NAMES_WOMEN : FIRST_NAMES_MEN, random);
    return `${first} ${pick(LAST_NAMES, random)}`;
  };

  DEMO_STATES_UNDER_REVIEW.forEach((stateCode, index) => {
    const date = DAYS[Math.floor(index / TIMES.length)] ?? DAYS[0];
    const [start, end] = TIMES[index % TIMES.length] ?? ['10:00', '11:00'];
    const session: Session = {
      id: newId(),
      seriesId: series.id,
      stateCode,
      date,
      start,
      end,
      room: 'Room XXIV',
      moderator: MODERATORS[index % MODERATORS.length] ?? '',
      updatedAt: now,
    };
    sessions.push(session);
    const stateEn = stateName(stateCode, 'en');

    // Four or five panellists: national CSOs, often an NHRI, sometimes an international CSO.
    const panelSize = index % 3 === 0 ? 5 : 4;
    const panellists: Participant[] = [];
    const patterns = [...NATIONAL_CSO_PATTERNS].sort(() => random() - 0.5);
    for (let p = 0; p < panelSize; p += 1) {
      const gender: Gender = random() < 0.6 ? 'woman' : 'man';
      const isNhri = p === panelSize - 1 && index % 2 === 0;
      const isInternational = !isNhri && p === panelSize - 1 && index % 4 === 1;
      const category: Category = isNhri ? 'nhri' : 'cso';
      const organisation = isNhri
        ? `National Human Rights Council of ${stateEn}`
        : isInternational
          ? pick(INTERNATIONAL_CSOS, random)
          : (patterns[p % patterns.length] ?? '{state} Forum').replace('{state}', stateEn);
      panellists.push(
        person(
          {
            name: makeName(gender),
            organisation,
            category,
            scope: category === 'cso' ? (isInternational ? 'international' : 'national') : null,
            gender,
            stateCode,
            // Some panellists are at risk of reprisals: their names stay off public screens.
            confidential: p === 1 && index % 4 === 2,
          },
          [{ sessionId: session.id, role: 'panellist' }],
        ),
      );
    }

    // The State under Review's own delegation.
    person(
      {
        name: makeName(random() < 0.5 ? 'woman' : 'man'),
        organisation: `Permanent Mission of ${stateEn}`,
        category: 'mission',
        scope: null,
        gender: null,
        stateCode,
      },
      [{ sessionId: session.id, role: 'sur-delegation' }],
    );

    const kinds: Array<{ kind: SlotKind; participant: Participant | null; label: string }> = [
      { kind: 'opening', participant: null, label: 'Opening by the moderator' },
      { kind: 'sur-statement', participant: null, label: `Statement by the Permanent Mission of ${stateEn}` },
      ...panellists.map((participant) => ({ kind: 'panellist' as const, participant, label: '' })),
      { kind: 'moderator-questions', participant: null, label: "Moderator's questions" },
      // The Q&A: a floor block in which the missions' requests are served (see below).
      { kind: 'floor', participant: null, label: '' },
      { kind: 'closing', participant: null, label: 'Closing' },
    ];
    const orderKeys = generateNKeysBetween(null, null, kinds.length);
    kinds.forEach(({ kind, participant, label }, position) => {
      slots.push({
        id: newId(),
        sessionId: session.id,
        seriesId: series.id,
        order: orderKeys[position] ?? `a${position}`,
        kind,
        participantId: participant?.id ?? null,
        label,
        allottedSec: allottedFor(kind, series.defaults),
        status: 'pending',
        startedAt: null,
        elapsedBeforeMs: 0,
        stateCode: null,
        log: [],
        themes: [],
        updatedAt: now,
      });
    });
  });

  // About sixty delegates of other Permanent Missions, each registered for three to six sessions.
  for (const stateCode of ATTENDING_MISSIONS) {
    const delegates = 1 + (random() < 0.6 ? 1 : 0) + (random() < 0.2 ? 1 : 0);
    for (let d = 0; d < delegates; d += 1) {
      const chosen = sessions.filter(() => random() < 0.4);
      const registrations = (chosen.length > 0 ? chosen : sessions.slice(0, 3)).map((session): Registration => ({ sessionId: session.id, role: 'delegate' }));
      const gender: Gender = random() < 0.5 ? 'woman' : 'man';
      person(
        {
          name: makeName(gender),
          organisation: `Permanent Mission of ${stateName(stateCode, 'en')}`,
          category: 'mission',
          scope: null,
          gender,
          stateCode,
        },
        registrations,
      );
    }
  }

  // Each session's floor: three missions registered for it asked for the floor in advance,
  // queued in its block, each with the series' time per mission. More join as plates go up.
  for (const session of sessions) {
    const ordered = sortByOrder(slots.filter((s) => s.sessionId === session.id));
    const blockAt = ordered.findIndex((s) => s.kind === 'floor');
    const block = ordered[blockAt];
    if (!block) continue;
    const asking = [
      ...new Set(
        participants
          .filter((p) => p.category === 'mission' && p.stateCode !== session.stateCode && p.registrations.some((r) => r.sessionId === session.id))
          .map((p) => p.stateCode as string),
      ),
    ].slice(0, 3);
    const keys = generateNKeysBetween(block.order, ordered[blockAt + 1]?.order ?? null, asking.length);
    // Asked before the session began: older than anything the moderator does in it.
    const askedAt = Math.min(now, localEpoch(session.date, session.start) - 10 * 60_000);
    asking.forEach((stateCode, i) => {
      const action = newId();
      slots.push({
        id: newId(),
        sessionId: session.id,
        seriesId: series.id,
        order: keys[i] ?? `${block.order}${i}`,
        kind: 'floor',
        participantId: null,
        label: '',
        allottedSec: series.defaults.floor,
        status: 'pending',
        startedAt: null,
        elapsedBeforeMs: 0,
        stateCode,
        log: [{ id: newId(), action, kind: 'queued', at: askedAt, deltaSec: 0, reason: '', reasonPublic: false, before: null, undoes: null }],
        themes: [],
        updatedAt: now,
      });
    });
  }

  return { series, sessions, slots, participants };
}
