import { z } from 'zod';
import { BACKUP_REASONS, BACKUP_SERIES_ID } from '../../../common/backup-files';
import { SEALED_MAX_LENGTH } from '../../../common/sealed-file';
import { isBareFileName, isValidBackupFileName } from '../files/file-names';

/**
 * The payload of every channel, as zod schemas. Limits are generous for real use and there
 * to stop a runaway renderer from handing main a gigabyte string.
 */

const MiB = 1024 * 1024;
/** Exports (spreadsheets, CSV, PDFs the renderer made) and backups of a whole series. */
export const MAX_SAVE_BYTES = 256 * MiB;
/** The largest file a dialog may open and send back to the renderer. */
export const MAX_OPEN_BYTES = 256 * MiB;
/** A print document: plates for a few hundred people with inlined images. */
export const MAX_PRINT_HTML_LENGTH = 64 * MiB;
export const MAX_BACKUP_JSON_LENGTH = 256 * MiB;
export const MAX_COPIES = 50;

export const noPayload = z.undefined();

/** A line for the log: the renderer's own words about a failure, cut to a sane length. */
export const logErrorRequest = z.string().max(4000);

const suggestedName = z.string().refine(isBareFileName, 'must be a bare file name');

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  // Extensions without the dot; "*" is the OS dialog's "all files".
  extensions: z
    .array(z.string().regex(/^(?:\*|[A-Za-z0-9]{1,16})$/))
    .min(1)
    .max(20),
});
const fileFilters = z.array(fileFilter).max(20);

const fileData = z.union([z.string().max(MAX_SAVE_BYTES), z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, 'too large')]);

export const saveFileRequest = z.object({
  suggestedName,
  mimeType: z.string().max(255),
  filters: fileFilters,
  data: fileData,
});

export const openFileRequest = z.object({
  filters: fileFilters,
  maxBytes: z.number().int().positive().max(MAX_OPEN_BYTES),
});

const pageSize = z.enum(['A4', 'Letter', 'A6']);
const printHtml = z.string().min(1).max(MAX_PRINT_HTML_LENGTH);

export const printHtmlRequest = z.object({
  html: printHtml,
  pageSize,
  landscape: z.boolean(),
  printerName: z.string().min(1).max(512).optional(),
  copies: z.number().int().min(1).max(MAX_COPIES).optional(),
});

export const printToPdfRequest = z.object({
  html: printHtml,
  pageSize,
  landscape: z.boolean(),
  suggestedName,
});

export const writeBackupRequest = z.object({
  // The renderer names the series and the reason; main makes the file name, with its own clock.
  seriesId: z.string().regex(BACKUP_SERIES_ID),
  reason: z.enum(BACKUP_REASONS),
  json: z.string().max(MAX_BACKUP_JSON_LENGTH),
});

export const readBackupRequest = z.string().refine(isValidBackupFileName, 'not an acceptable backup file name');
export const backupFileNameRequest = readBackupRequest;

/** A recovery code as the renderer normalised it: 16 of Crockford's letters and digits. */
export const recoveryCodeRequest = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{16}$/);
export const openSealedRequest = z.string().max(SEALED_MAX_LENGTH);
export const sealRequest = z.string().max(MAX_BACKUP_JSON_LENGTH);

/** Any string: the handler decides whether it is safe to open and answers false if not. */
export const openExternalRequest = z.string().max(4096);
