/**
 * The print document of Reports: one self-contained HTML page (no script, no network, the
 * bundled Noto Sans embedded), A4 portrait, sent to the printer or to PDF through the Host as
 * the plates are. Facts and Figures first, then one page (or more) per session report. Every
 * text goes through escapeHtml; every person through shownPerson, so the public version never
 * names a confidential participant.
 */
import type { TFunction } from 'i18next';
import type { Series } from '../../domain/core/model';
import { escapeHtml } from '../../domain/plates/html';
import { PRINT_FONT_FAMILY } from '../../domain/plates';
import {
  shownPerson,
  shownReason,
  themeName,
  type Audience,
  type FactsAndFigures,
  type SessionReport,
  type SpeakerLine,
  type Theme,
} from '../../domain/reports';
import { stateName } from '../../domain/states/states';
import { formatDateRange, formatDayLong } from '../../ui/format';
import { formatMinutes, formatTime, listOf } from './report-format';
import { keyFigures } from './key-figures';
import type { Language } from '../../domain/core/language';

export interface ReportPrintRequest {
  series: Series;
  /** Null for a single session's report. */
  figures: FactsAndFigures | null;
  sessions: readonly SessionReport[];
  themes: readonly Theme[];
  audience: Audience;
  language: Language;
  news: string | null;
  fontCss: string;
  generatedAt: number;
}

export interface ReportPrintDocument {
  html: string;
  pageSize: 'A4';
  landscape: false;
}

const e = escapeHtml;

const CSS = (fontCss: string) => `${fontCss}
@page { size: A4 portrait; margin: 16mm 16mm 18mm; }
* { box-sizing: border-box; margin: 0; padding: 0; }
html, body { font-family: '${PRINT_FONT_FAMILY}', sans-serif; color: #17202b; background: #fff; font-size: 9.5pt; line-height: 1.45; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page + .page { break-before: page; }
.eyebrow { font-size: 8pt; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: #0b5cad; }
h1 { font-size: 20pt; line-height: 1.2; font-weight: 700; margin-top: 1mm; }
h2 { font-size: 11.5pt; font-weight: 700; margin: 6mm 0 2mm; padding-bottom: 1.2mm; border-bottom: 0.3mm solid #dde3ea; break-after: avoid; }
.meta { color: #556171; margin-top: 1.5mm; }
.note { margin-top: 3mm; font-size: 8pt; color: #556171; border-left: 0.8mm solid #0b5cad; padding: 0.8mm 0 0.8mm 2.5mm; }
.note.internal { border-left-color: #b3261e; color: #7a1a14; }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2.5mm; margin-top: 5mm; }
.figure { border: 0.3mm solid #dde3ea; border-radius: 2mm; padding: 2.4mm 3.2mm; break-inside: avoid; }
.figure .value { font-size: 17pt; font-weight: 700; color: #0b5cad; line-height: 1.1; font-variant-numeric: tabular-nums; }
.figure .value small { font-size: 10pt; color: #556171; font-weight: 400; }
.figure .label { font-weight: 600; margin-top: 1mm; }
.figure .detail { color: #556171; font-size: 8.5pt; }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
table.speakers { font-size: 8.5pt; }
table.speakers td:nth-child(2) { width: 30%; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { text-align: left; font-size: 8pt; font-weight: 700; color: #556171; text-transform: uppercase; letter-spacing: 0.03em; padding: 1.5mm 2mm; border-bottom: 0.4mm solid #17202b; }
td { padding: 1.1mm 2mm; border-bottom: 0.2mm solid #dde3ea; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
.over { color: #b3261e; font-weight: 600; }
.muted { color: #556171; }
.bar-cell { width: 21%; }
.bar { display: flex; align-items: center; gap: 2mm; }
.bar span { display: block; height: 2.6mm; background: #0b5cad; border-radius: 0.6mm; }
.bar span.light { background: #8fb5dc; }
.bar b { font-weight: 600; min-width: 6mm; }
.summary { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1.5mm 6mm; margin-top: 4mm; }
.summary div { border-top: 0.3mm solid #dde3ea; padding-top: 1.5mm; }
.summary dt { font-size: 8pt; color: #556171; }
.summary dd { font-weight: 700; font-size: 11pt; }
ul.plain { list-style: none; }
ul.plain li { padding: 0.8mm 0; border-bottom: 0.2mm solid #eef1f5; }
.news { font-size: 10pt; line-height: 1.55; background: #f3f7fc; border-radius: 2mm; padding: 4mm 5mm; }
.lists { display: grid; grid-template-columns: 1fr 1fr; gap: 0 8mm; }
.lists section { break-inside: avoid; }
.footer { margin-top: 8mm; font-size: 7.5pt; color: #556171; }
@media screen { html { background: #d9dee5; } body { max-width: 210mm; margin: 24px auto; padding: 16mm; background: #fff; } }`;

/** A bar in a table cell: its length is the share of the largest value of the column. */
function bar(value: number, max: number, light = false): string {
  const width = max === 0 ? 0 : Math.max(value > 0 ? 2 : 0, Math.round((value / max) * 26));
  return `<div class="bar"><b>${value}</b><span class="${light ? 'light' : ''}" style="width:${width}mm"></span></div>`;
}

function factsPage(r: ReportPrintRequest, t: TFunction): string {
  const f = r.figures;
  if (!f) return '';
  const L = r.language;
  const figures = keyFigures(f, L, t)
    .map(
      (k) =>
        `<div class="figure"><div class="value">${e(k.value)}</div><div class="label">${e(k.label)}</div>${k.details.map((d) => `<div class="detail">${e(d)}</div>`).join('')}</div>`,
    )
    .join('');
  const max = Math.max(0, ...f.perSession.map((s) => s.missionsPresent));
  const rows = f.perSession
    .map(
      (s) =>
        `<tr><td><b>${e(stateName(s.session.stateCode, L))}</b><br><span class="muted">${e(formatDayLong(s.session.date, L))}</span></td><td class="bar-cell">${bar(s.missionsPresent, max)}</td><td class="bar-cell">${bar(s.missionsTookFloor, max, true)}</td><td>${e(s.topThemes.map((th) => themeName(r.themes, th.id, L)).join(', ') || '—')}</td></tr>`,
    )
    .join('');
  const themeMax = Math.max(0, ...f.topThemes.map((x) => x.sessions));
  const themes = f.topThemes.length
    ? `<table><thead><tr><th>${e(t('reports.charts.theme'))}</th><th>${e(t('reports.charts.sessions'))}</th><th class="num">${e(t('reports.charts.speakers'))}</th></tr></thead><tbody>${f.topThemes
        .slice(0, 10)
        .map((x) => `<tr><td>${e(themeName(r.themes, x.id, L))}</td><td class="bar-cell">${bar(x.sessions, themeMax)}</td><td class="num">${x.slots}</td></tr>`)
        .join('')}</tbody></table>`
    : `<p class="muted">${e(t('reports.charts.noThemes'))}</p>`;
  return `<section class="page">
<p class="eyebrow">${e(t('reports.facts.heading'))}</p>
<h1>${e(r.series.name)}</h1>
<p class="meta">${e(formatDateRange(r.series.startDate, r.series.endDate, L))}${r.series.venue ? ` · ${e(r.series.venue)}` : ''} · ${e(t('reports.facts.intro', { count: f.sessions, held: f.sessionsHeld }))}</p>
${audienceNote(r, t)}
<div class="figures">${figures}</div>
<h2>${e(t('reports.charts.missionsTitle'))}</h2>
<table><thead><tr><th>${e(t('reports.charts.session'))}</th><th>${e(t('reports.charts.present'))}</th><th>${e(t('reports.charts.tookFloor'))}</th><th>${e(t('reports.charts.topThemes'))}</th></tr></thead><tbody>${rows}</tbody></table>
<h2>${e(t('reports.charts.themesTitle'))}</h2>
${themes}
${r.news ? `<h2>${e(t('reports.news.title'))}</h2><p class="news">${e(r.news)}</p>` : ''}
<p class="footer">${e(t('reports.facts.definitionsText'))}</p>
</section>`;
}

function audienceNote(r: ReportPrintRequest, t: TFunction): string {
  return r.audience === 'public'
    ? `<p class="note">${e(t('reports.printDoc.publicNote'))}</p>`
    : `<p class="note internal">${e(t('reports.printDoc.internalNote'))}</p>`;
}

function speakerName(line: SpeakerLine, r: ReportPrintRequest, t: TFunction): { name: string; organisation: string } {
  // The slot's kind (Floor) already says it is a Permanent Mission.
  if (line.kind === 'floor' && line.stateCode) return { name: stateName(line.stateCode, r.language), organisation: '' };
  if (line.participant) {
    const shown = shownPerson(line.participant, r.audience, t('reports.confidential'));
    return { name: shown.name, organisation: shown.organisation };
  }
  return { name: line.label || t(`slotKinds.${line.kind}`), organisation: '' };
}

function sessionPage(report: SessionReport, r: ReportPrintRequest, t: TFunction): string {
  const L = r.language;
  const s = report.session;
  const yesNo = (v: boolean) => e(v ? t('reports.yes') : t('reports.no'));
  const states = (codes: readonly string[]) =>
    e(
      codes.length
        ? listOf(
            codes.map((c) => stateName(c, L)).sort((a, b) => a.localeCompare(b, L)),
            L,
          )
        : t('reports.none'),
    );
  const actual = report.actualStart !== null ? `${formatTime(report.actualStart, L)}–${report.actualEnd !== null ? formatTime(report.actualEnd, L) : ''}` : '—';
  const rows = report.lines
    .map((line, i) => {
      const who = speakerName(line, r, t);
      const over = line.overtimeMs >= 1000 ? `<span class="over">+${formatMinutes(line.overtimeMs)}</span>` : '';
      const themes = line.themes.map((id) => themeName(r.themes, id, L)).join(', ');
      return `<tr><td class="num">${i + 1}</td><td><b>${e(who.name)}</b>${who.organisation ? `<br><span class="muted">${e(who.organisation)}</span>` : ''}</td><td>${e(t(`slotKinds.${line.kind}`))}</td><td class="num">${formatMinutes(line.allottedSec * 1000)}</td><td class="num">${line.spoke ? formatMinutes(line.spokenMs) : '—'}</td><td class="num">${over}</td><td>${e(t(`reports.statuses.${line.status}`))}</td><td>${e(themes)}</td></tr>`;
    })
    .join('');
  const absent = report.absentPanellists.length
    ? `<ul class="plain">${report.absentPanellists
        .map((line) => {
          const who = speakerName(line, r, t);
          const reason = shownReason(line.absence, r.audience) || (line.absence?.reason ? t('reports.session.reasonPrivate') : t('reports.session.noReason'));
          return `<li><b>${e(who.name)}</b>${who.organisation ? ` · ${e(who.organisation)}` : ''} — ${e(reason)}</li>`;
        })
        .join('')}</ul>`
    : `<p class="muted">${e(t('reports.session.noAbsent'))}</p>`;
  const themes = report.themes.length
    ? e(report.themes.map((x) => `${themeName(r.themes, x.id, L)} (${x.count})`).join(', '))
    : `<span class="muted">${e(t('reports.none'))}</span>`;
  return `<section class="page">
<p class="eyebrow">${e(t('reports.printDoc.sessionReport'))} · ${e(r.series.name)}</p>
<h1>${e(stateName(s.stateCode, L))}</h1>
<p class="meta">${e(t('reports.session.line', { day: formatDayLong(s.date, L), start: s.start, end: s.end }))}${s.room ? ` · ${e(s.room)}` : ''}${s.moderator ? ` · ${e(t('reports.session.moderatorIs', { name: s.moderator }))}` : ''}</p>
${audienceNote(r, t)}
<dl class="summary">
<div><dt>${e(t('reports.session.present'))}</dt><dd>${report.present}</dd></div>
<div><dt>${e(t('reports.session.missionsPresent'))}</dt><dd>${report.missionsPresent.length}</dd></div>
<div><dt>${e(t('reports.session.missionsTookFloor'))}</dt><dd>${report.missionsTookFloor.length}</dd></div>
<div><dt>${e(t('reports.session.surAttended'))}</dt><dd>${yesNo(report.surAttended)}</dd></div>
<div><dt>${e(t('reports.session.surStatement'))}</dt><dd>${yesNo(report.surStatementMade)}</dd></div>
<div><dt>${e(t('reports.session.actualTime'))}</dt><dd>${e(actual)}</dd></div>
</dl>
<h2>${e(t('reports.session.speakers'))}</h2>
<table class="speakers"><thead><tr><th class="num">${e(t('reports.screenColumns.order'))}</th><th>${e(t('reports.screenColumns.speaker'))}</th><th>${e(t('reports.screenColumns.kind'))}</th><th class="num">${e(t('reports.screenColumns.allotted'))}</th><th class="num">${e(t('reports.screenColumns.spoken'))}</th><th class="num">${e(t('reports.screenColumns.overtime'))}</th><th>${e(t('reports.screenColumns.status'))}</th><th>${e(t('reports.screenColumns.themes'))}</th></tr></thead><tbody>${rows}</tbody></table>
${report.withheld > 0 ? `<p class="note">${e(t('reports.printDoc.withheld', { count: report.withheld }))}</p>` : ''}
<div class="lists">
<section><h2>${e(t('reports.session.absent'))}</h2>${absent}</section>
<section><h2>${e(t('reports.session.themes'))}</h2><p>${themes}</p></section>
<section><h2>${e(t('reports.session.missionsPresent'))}</h2><p>${states(report.missionsPresent)}</p></section>
<section><h2>${e(t('reports.session.missionsTookFloor'))}</h2><p>${states(report.missionsTookFloor)}</p></section>
</div>
</section>`;
}

export function reportPrintDocument(r: ReportPrintRequest, t: TFunction): ReportPrintDocument {
  const title = r.figures
    ? t('reports.printDoc.titleSeries', { series: r.series.name })
    : t('reports.printDoc.titleSession', { series: r.series.name, state: stateName(r.sessions[0]?.session.stateCode, r.language) });
  const footer = `<p class="footer">${e(t('reports.printDoc.generated', { date: formatDayLong(new Date(r.generatedAt).toISOString().slice(0, 10), r.language) }))}</p>`;
  const body = [factsPage(r, t), ...r.sessions.map((s) => sessionPage(s, r, t))].filter(Boolean).join('\n');
  const html = `<!doctype html><html lang="${r.language}"><head><meta charset="utf-8"><title>${e(title)}</title><style>${CSS(r.fontCss)}</style></head><body><main>${body}${footer}</main></body></html>`;
  return { html, pageSize: 'A4', landscape: false };
}
