import { describe, expect, it } from 'vitest';
import { allottedFor, DEFAULT_DURATIONS, isIsoDate, makeSeries, seriesDays, validateNewSeries } from '../../../renderer/src/domain/programme/series';

describe('a new series', () => {
  it('needs a name and two valid dates in order', () => {
    expect(validateNewSeries({ name: '  ', startDate: '2018-04-11', endDate: '2018-04-13', venue: '' })).toEqual(['name-required']);
    expect(validateNewSeries({ name: 'PS', startDate: '2018-02-30', endDate: '2018-04-13', venue: '' })).toEqual(['start-date-invalid']);
    expect(validateNewSeries({ name: 'PS', startDate: '2018-04-13', endDate: '2018-04-11', venue: '' })).toEqual(['end-before-start']);
    expect(validateNewSeries({ name: 'PS', startDate: '2018-04-11', endDate: '2018-04-11', venue: '' })).toEqual([]);
  });

  it('takes the default durations of UPR Info: statement 2:00, panellist 6:00, floor 2:00 per mission in a 15:00 block', () => {
    const series = makeSeries({ name: ' Pre-sessions  45 ', startDate: '2026-04-01', endDate: '2026-04-03', venue: 'Geneva' }, () => 'id-1', 5);
    expect(series.name).toBe('Pre-sessions 45');
    expect(allottedFor('sur-statement', series.defaults)).toBe(120);
    expect(allottedFor('panellist', series.defaults)).toBe(360);
    expect(series.defaults.floor).toBe(120);
    expect(allottedFor('floor', series.defaults)).toBe(900);
    expect(series.defaults).toEqual(DEFAULT_DURATIONS);
    expect(series.defaults).not.toBe(DEFAULT_DURATIONS);
  });

  it('lists its days, across a month end', () => {
    expect(seriesDays({ startDate: '2018-04-29', endDate: '2018-05-02' })).toEqual(['2018-04-29', '2018-04-30', '2018-05-01', '2018-05-02']);
    expect(isIsoDate('2018-4-1')).toBe(false);
  });
});
