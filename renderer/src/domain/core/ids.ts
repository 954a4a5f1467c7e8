/** UUID keys, never auto-increment: records from two laptops must merge without clashes. */
export function newId(): string {
  return crypto.randomUUID();
}

/** A function that makes ids; passed into pure builders so tests can make them predictable. */
export type IdMaker = () => string;
