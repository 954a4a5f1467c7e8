/** File names and bytes of the exports; saved through the Host (a download in browser mode). */
import type { Host } from '../../host';
import { tablesToXlsx, toCsv, type Audience, type ExportTable, type ExportTableName } from '../../domain/reports';

/** "Pre-sessions 30 speakers public.csv": the series, the table and the version, safe for every file system. */
export function exportFileName(seriesName: string, part: string, audience: string, extension: string): string {
  const base =
    `${seriesName} ${part} ${audience}`
      .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'report';
  return `${base}.${extension}`;
}

export async function saveCsv(host: Host, table: ExportTable, fileName: string): Promise<boolean> {
  const result = await host.saveFile({
    suggestedName: fileName,
    mimeType: 'text/csv',
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    data: toCsv(table.header, table.rows),
  });
  return result.saved;
}

export async function saveXlsx(host: Host, tables: readonly ExportTable[], sheetName: (name: ExportTableName) => string, fileName: string): Promise<boolean> {
  const data = await tablesToXlsx(tables, sheetName);
  const result = await host.saveFile({
    suggestedName: fileName,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    data,
  });
  return result.saved;
}

export type { Audience };
