/** Reports: the record of each session and the Facts and Figures of a series. Pure functions. */
export * from './themes';
export * from './record';
export * from './session-report';
export * from './figures';
export * from './audience';
export * from './csv';
export * from './tables';
export * from './xlsx';
