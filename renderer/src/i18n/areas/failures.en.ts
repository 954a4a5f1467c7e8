/** English strings for failures: a write that did not reach the store, a screen that stopped. */
export const failuresEn = {
  notSaved: 'Not saved: {{what}}.',
  reasons: {
    'disk-full': 'The disk is full, or the browser refused more space. Free some space (or export the series) and try again.',
    'store-closed': 'The store was closed (the app is being updated, or another window holds it). Reload this screen and try again.',
    other: 'The store refused the change. Try again; if it happens again, export the series and reload the app.',
  },
  dismiss: 'Dismiss',
  what: {
    checkIn: 'the check-in of {{name}}',
    undoCheckIn: 'the undoing of the check-in of {{name}}',
    walkIn: 'the walk-in {{name}}',
    moderator: 'the console’s action “{{action}}”',
    participant: 'the record of {{name}}',
    participants: 'the change to the registry',
    programme: 'the change to the programme',
    setting: 'the setting',
    series: 'the change to the series',
    import: 'the import',
    lock: 'the change to the lock',
    purge: 'the purge of personal data',
    themes: 'the themes',
    logo: 'the series logo',
    roomDisplay: 'the room display’s settings',
    change: 'a change',
  },
  boundary: {
    title: 'This screen stopped working',
    help: 'What was saved is safe in the store. Reload this screen to carry on; if it stops again, export the series from Settings.',
    reload: 'Reload this screen',
    details: 'Details for support',
  },
} as const;
