/** English strings of the desk area. */
export const deskEn = {
  title: '',
} as const;
