/** The shape a translation must fill: the English object with every string widened to `string`. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
