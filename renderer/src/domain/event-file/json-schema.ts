/**
 * The JSON Schema (draft 2020-12) of the event file, generated from the zod schemas.
 * scripts/build-event-schema.mjs writes it to docs/event-file.schema.json; a unit test checks
 * that the committed file equals a fresh generation.
 */
import { z } from 'zod';
import { EVENT_FILE_VERSION, eventFileRegistry, eventFileSchema } from './schema';

export const EVENT_FILE_SCHEMA_ID = `urn:session-desk:event-file:v${EVENT_FILE_VERSION}`;

export function buildEventFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(eventFileSchema, {
    target: 'draft-2020-12',
    metadata: eventFileRegistry,
    // Refinements (a real calendar date) cannot be expressed; the patterns still are.
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: EVENT_FILE_SCHEMA_ID, ...rest };
}

/** The schema as committed: two-space indentation and a final newline. */
export function eventFileJsonSchemaText(): string {
  return `${JSON.stringify(buildEventFileJsonSchema(), null, 2)}\n`;
}
