export * from './geometry';
export * from './fit';
export * from './templates';
export * from './layout';
export * from './document';
export * from './logo';
export { escapeHtml } from './html';
export { qrSvg } from './qr';
export * from './selection';
