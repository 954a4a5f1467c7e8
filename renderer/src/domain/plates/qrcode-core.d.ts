// The one part of the `qrcode` package the app uses: its pure encoder. Typed here rather than
// through @types/qrcode, whose file-writing API pulls Node's types into the renderer.
declare module 'qrcode/lib/core/qrcode' {
  export interface QrModules {
    readonly size: number;
    get(row: number, col: number): boolean | number;
  }
  export function create(text: string, options: { errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' }): { modules: QrModules };
}
