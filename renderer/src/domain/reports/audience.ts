/**
 * Who a report is for. A **public** report (Facts and Figures for the news, a session record
 * handed out) never names a confidential participant and never carries contact details or an
 * absence reason the moderator kept private. An **internal** report is the organisers' own.
 */
import type { Participant } from '../core/model';

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
  if (audience === 'internal') return { name: p.name, organisation: p.organisation, gender: p.gender, email: p.email, phone: p.phone, anonymised: false };
  if (p.confidential) return { name: confidentialLabel, organisation: '', gender: null, email: '', phone: '', anonymised: true };
  return { name: p.name, organisation: p.organisation, gender: p.gender, email: '', phone: '', anonymised: false };
}

/** The absence reason a report may show: in public only the reasons marked public. */
export function shownReason(absence: { reason: string; reasonPublic: boolean } | null, audience: Audience): string {
  if (!absence) return '';
  return audience === 'internal' || absence.reasonPublic ? absence.reason : '';
}
