/** English strings of sealed (encrypted) files: backups and exported event files, their passphrase and recovery code. */
export const sealedEn = {
  passphraseTitle: 'This file is protected by a passphrase',
  passphraseHelp: 'Type the passphrase it was exported with. Nothing is imported until it opens.',
  passphrase: 'Passphrase',
  recoveryTitle: 'This backup was sealed on another laptop',
  recoveryHelp:
    'Type the backup recovery code written down on the laptop that made it (16 letters and digits, from Settings → Backups). Nothing is imported until it opens.',
  recoveryCode: 'Backup recovery code',
  open: 'Open',
  checking: 'Opening the file…',
  wrongPassphrase: 'This passphrase does not open the file. Nothing was changed. Check it and try again.',
  wrongCode: 'This recovery code does not open the file. Nothing was changed. Check it and try again.',
  errors: {
    damaged: 'The encrypted file is damaged and cannot be opened. Nothing was changed.',
    'newer-version': 'This file was encrypted by a newer version of Session Desk. Install the newer version to open it. Nothing was changed.',
    'other-key': 'This file was sealed on another laptop before that laptop had a backup recovery code: only that laptop can open it. Nothing was changed.',
    'wrong-secret': 'The passphrase or code does not open the file. Nothing was changed.',
  },
  exportTitle: 'Export the event file',
  exportProtection: 'Protection',
  withPassphrase: 'With a passphrase',
  withPassphraseHelp:
    'To hand the file to someone: whoever imports it types the passphrase. Give the passphrase another way than the file (in person, by phone).',
  withLaptopKey: 'With this laptop’s backup key',
  withLaptopKeyNoRecovery:
    'Opens on this laptop without asking. No backup recovery code is set yet: until one is (Settings → Backups), the file opens nowhere else, nor here if this browser’s data is cleared.',
  withLaptopKeyHelp: 'Opens on this laptop without asking, or on another one with the backup recovery code.',
  unprotected: 'Not protected',
  unprotectedHelp: 'Plain JSON, for other software that reads the format: anyone who gets the file can read every name in it.',
  passphraseNew: 'Passphrase (at least 10 characters)',
  passphraseRepeat: 'Repeat the passphrase',
  passphraseTooShort: 'A passphrase has at least 10 characters.',
  passphraseMismatch: 'The two passphrases differ.',
  exportConfirm: 'Export',
  encrypting: 'Encrypting…',
};
