/** A short, soft two-tone chime at zero (Web Audio: nothing to bundle, nothing to load). */
let context: AudioContext | null = null;

export function playZeroChime(): void {
  try {
    context ??= new AudioContext();
    const ctx = context;
    [0, 0.18].forEach((offset, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = i === 0 ? 880 : 660;
      gain.gain.setValueAtTime(0.0001, ctx.currentTime + offset);
      gain.gain.exponentialRampToValueAtTime(0.2, ctx.currentTime + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + offset + 0.35);
      osc.connect(gain).connect(ctx.destination);
      osc.start(ctx.currentTime + offset);
      osc.stop(ctx.currentTime + offset + 0.4);
    });
  } catch {
    // No audio device or blocked autoplay: the timer's colour and words still say it.
  }
}
