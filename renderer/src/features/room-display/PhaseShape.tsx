import type { CaptionKey } from '../../domain/room-display/view';

/**
 * A shape per phase beside the words, so that the phase reads without colour: ring (ready),
 * circle (on time), triangle (warning), diamond (final call), square (time is up), bars (paused).
 */
export function PhaseShape({ caption }: { caption: CaptionKey }) {
  return (
    <svg className="rd-shape" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {caption === 'ready' ? <circle cx="10" cy="10" r="7" fill="none" stroke="currentColor" strokeWidth="2.5" /> : null}
      {caption === 'normal' ? <circle cx="10" cy="10" r="8" fill="currentColor" /> : null}
      {caption === 'warning' ? <path d="M10 1.5 19 18H1z" fill="currentColor" /> : null}
      {caption === 'final' ? <path d="M10 1 19 10 10 19 1 10z" fill="currentColor" /> : null}
      {caption === 'overtime' ? <rect x="2" y="2" width="16" height="16" rx="1.5" fill="currentColor" /> : null}
      {caption === 'paused' ? (
        <>
          <rect x="3.5" y="2" width="4.5" height="16" rx="1" fill="currentColor" />
          <rect x="12" y="2" width="4.5" height="16" rx="1" fill="currentColor" />
        </>
      ) : null}
    </svg>
  );
}
