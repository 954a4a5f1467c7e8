/**
 * Who a report is for. A **public** report (Facts and Figures for the news, a session record
 * handed out) never names a confidential participant and never carries contact details or an
 * absence reason the moderator kept private. An **internal** report is the organisers' own.
 */
import type { Participant } from '../core/model';
import { personOnSurface } from '../privacy/public-surfaces';
import { countThemes, type SessionReport } from './session-report';

export type Audience = 'public' | 'internal';

export interface ShownPerson {
  name: string;
  organisation: string;
  /** Empty for a confidential person in public: gender and organisation could point to them. */
  gender: Participant['gender'];
  email: string;
  phone: string;
  anonymised: boolean;
}

/**
 * A person as a report shows them. In public a confidential person becomes `confidentialLabel`
 * ("Confidential participant"), with no organisation and no gender: at risk of reprisals, an
 * organisation of a few people names them as surely as their name. Contact details never
 * leave in public.
 */
export function shownPerson(p: Participant, audience: Audience, confidentialLabel: string): ShownPerson {
  const shown = personOnSurface(p, audience === 'public' ? 'public-export' : 'internal');
  if (!shown.listed) return { name: confidentialLabel, organisation: '', gender: null, email: '', phone: '', anonymised: true };
  return {
    name: shown.name ?? '',
    organisation: shown.organisation ?? '',
    gender: shown.gender,
    email: shown.email ?? '',
    phone: shown.phone ?? '',
    anonymised: false,
  };
}

/** Whether a person appears, with times and themes, in rows an audience reads (public: not a confidential person). */
export function listedFor(p: Participant, audience: Audience): boolean {
  return personOnSurface(p, audience === 'public' ? 'public-export' : 'internal').listed;
}

/**
 * A session's record as an audience reads it. In public, the lines of people the public rule
 * does not list go, with their times, absence and themes, and the session's themes are counted
 * again without them: a theme tied to the one confidential panellist of a session would point
 * to them. `withheld` says how many lines went, so the report can say so.
 */
export function reportForAudience(report: SessionReport, audience: Audience, catalogue: readonly { id: string }[]): SessionReport {
  if (audience === 'internal') return report;
  const lines = report.lines.filter((line) => !line.participant || listedFor(line.participant, audience));
  if (lines.length === report.lines.length) return report;
  return {
    ...report,
    lines,
    absentPanellists: report.absentPanellists.filter((line) => lines.includes(line)),
    themes: countThemes(
      lines.filter((l) => l.kind === 'panellist' && l.spoke).map((l) => l.themes),
      catalogue,
    ),
    withheld: report.lines.length - lines.length,
  };
}

/** The absence reason a report may show: in public only the reasons marked public. */
export function shownReason(absence: { reason: string; reasonPublic: boolean } | null, audience: Audience): string {
  if (!absence) return '';
  return audience === 'internal' || absence.reasonPublic ? absence.reason : '';
}
