/** English strings of the plates area. */
export const platesEn = {
  title: '',
} as const;
