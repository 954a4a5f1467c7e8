/** English strings of the moderator area. */
export const moderatorEn = {
  title: '',
} as const;
