/** Presentation of dates and times in the interface language. Dates are venue-local "YYYY-MM-DD". */

/** British English, as the UN writes it; French as written in Geneva. */
export function intlLocale(language: string): string {
  return language === 'fr' ? 'fr' : 'en-GB';
}

function dateAtNoonUtc(isoDate: string): Date {
  // Noon UTC keeps the calendar day the same in every time zone the laptop might be set to.
  return new Date(`${isoDate}T12:00:00Z`);
}

export function formatDayLong(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    dateAtNoonUtc(isoDate),
  );
}

export function formatDateRange(startDate: string, endDate: string, language: string): string {
  const format = new Intl.DateTimeFormat(intlLocale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(dateAtNoonUtc(startDate), dateAtNoonUtc(endDate));
}

export function formatClock(date: Date, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
}

/** "6:00", "12:05": minutes and seconds of an allotted time. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
