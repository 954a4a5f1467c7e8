/**
 * The plates or badges that the current choice offers, each with a line for the selection
 * list. Built from the record (programme, participants) and the choices on screen.
 */
import type { TFunction } from 'i18next';
import type { SessionWithSlots } from '../../db/queries/series';
import type { Participant, Role } from '../../domain/core/model';
import {
  badgeFor,
  customPlates,
  panellistPlate,
  panellistsOf,
  placardPlate,
  placardStatesOf,
  registeredStates,
  rolePlate,
  type BadgeSpec,
  type PlateSpec,
  type RolePlateKind,
} from '../../domain/plates';
import { stateName } from '../../domain/states/states';
import { personOnSurface } from '../../domain/privacy/public-surfaces';
import type { Language } from '../../domain/core/language';
import type { PlatesKind } from './plates-store';

export interface Candidate {
  key: string;
  label: string;
  detail: string;
  plate: PlateSpec | null;
  badge: BadgeSpec | null;
}

export interface CandidateInput {
  kind: PlatesKind;
  source: string;
  programme: SessionWithSlots[];
  participants: Participant[];
  /** Per session id, who is checked in (placards follow the missions present). */
  present: ReadonlyMap<string, ReadonlySet<string>>;
  french: 'same-face' | 'back';
  organiserName: string;
  customText: string;
  extraStates: readonly string[];
  language: Language;
  t: TFunction;
}

const ROLE_KINDS: RolePlateKind[] = ['moderator', 'sur-mission', 'organiser'];

/** The sessions a source names: one session, every session of a day, or all of them. */
export function sessionsOf(source: string, programme: SessionWithSlots[]): SessionWithSlots[] {
  if (source.startsWith('session:')) return programme.filter((p) => p.session.id === source.slice(8));
  if (source.startsWith('day:')) return programme.filter((p) => p.session.date === source.slice(4));
  return programme;
}

/** The badge's role line: what the person does in these sessions, else what they are. */
function badgeRole(person: Participant, sessionIds: Set<string> | null, t: TFunction): string {
  if (person.category === 'organiser') return t('plates.badgeRoles.organiser');
  if (person.category === 'media') return t('plates.badgeRoles.media');
  const roles = person.registrations.filter((r) => !sessionIds || sessionIds.has(r.sessionId)).map((r) => r.role);
  const order: Role[] = ['panellist', 'sur-delegation', 'delegate', 'observer'];
  const role = order.find((r) => roles.includes(r));
  if (person.category === 'mission' && (!role || role === 'delegate')) return t('plates.permanentMission');
  return role ? t(`plates.badgeRoles.${role}`) : t('plates.badgeRoles.participant');
}

/** The line under a person in the selection list: a plate that will not show their name says so. */
function personDetail(person: Participant, t: TFunction): string {
  return personOnSurface(person, 'plate').name === null ? `${person.organisation} · ${t('plates.confidentialNote')}` : person.organisation;
}

export function buildCandidates(input: CandidateInput): Candidate[] {
  const { t, programme, participants, source } = input;
  const byId = new Map(participants.map((p) => [p.id, p]));
  const person = source.startsWith('person:') ? byId.get(source.slice(7)) : undefined;

  if (input.kind === 'panellists') {
    const people: Array<{ person: Participant; absent: boolean }> = [];
    if (person) people.push({ person, absent: false });
    else {
      const seen = new Set<string>();
      for (const item of sessionsOf(source, programme)) {
        for (const p of panellistsOf(item.session, item.slots, participants)) {
          if (seen.has(p.id)) continue;
          seen.add(p.id);
          const absent = item.slots.some((s) => s.participantId === p.id && s.status === 'absent');
          people.push({ person: p, absent });
        }
      }
    }
    return people.map(({ person: p, absent }) => ({
      key: `panellist:${p.id}`,
      label: p.name,
      detail: [personDetail(p, t), absent ? t('plates.absent') : ''].filter(Boolean).join(' · '),
      plate: panellistPlate(p, t('plates.fallbackPanellist')),
      badge: null,
    }));
  }

  if (input.kind === 'placards') {
    // The whole series' States, or those of the sessions chosen (SuR, missions registered or present).
    const codes =
      source === 'all' || source === ''
        ? registeredStates(
            programme.map((p) => p.session),
            participants,
          )
        : placardStatesOf(
            sessionsOf(source, programme).map((p) => p.session),
            participants,
            input.present,
          );
    for (const code of input.extraStates) if (!codes.includes(code)) codes.push(code);
    return codes.map((code) => ({
      key: `placard:${code}`,
      label: stateName(code, input.language),
      detail: input.language === 'en' ? stateName(code, 'fr') : stateName(code, 'en'),
      plate: placardPlate(code, input.french),
      badge: null,
    }));
  }

  if (input.kind === 'roles') {
    const words = { moderator: t('plates.roles.moderator'), permanentMission: t('plates.permanentMission'), organiser: t('plates.roles.organiser') };
    const seen = new Set<string>();
    const result: Candidate[] = [];
    for (const item of sessionsOf(source, programme)) {
      for (const role of ROLE_KINDS) {
        const plate = rolePlate(role, item.session, words, input.organiserName, input.language);
        const text = `${plate.front.title}|${plate.front.subtitle}`;
        if (seen.has(text)) continue;
        seen.add(text);
        result.push({
          key: plate.key,
          label: t(`plates.roles.${role}`),
          detail: [plate.front.title, plate.front.subtitle].filter(Boolean).join(' · '),
          plate,
          badge: null,
        });
      }
    }
    return result;
  }

  if (input.kind === 'custom') {
    return customPlates(input.customText).map((plate) => ({ key: plate.key, label: plate.front.title, detail: plate.front.subtitle, plate, badge: null }));
  }

  // Badges.
  let people: Participant[];
  let sessionIds: Set<string> | null = null;
  if (person) people = [person];
  else if (source === 'all' || source === '') people = participants;
  else {
    sessionIds = new Set(sessionsOf(source, programme).map((p) => p.session.id));
    const ids = sessionIds;
    people = participants.filter((p) => p.registrations.some((r) => ids.has(r.sessionId)));
  }
  return people.map((p) => ({
    key: `badge:${p.id}`,
    label: p.name,
    detail: personDetail(p, t),
    plate: null,
    badge: badgeFor(p, badgeRole(p, sessionIds, t), input.language),
  }));
}
