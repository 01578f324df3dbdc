/** Where the participant's choice of a sound cue is kept; off unless they turn it on. */
export const SOUND_STORAGE_KEY = 'hiwar.queueSound';

/** Whether the person asked for a sound when their turn comes. */
export function readSoundPreference(): boolean {
  try {
    return localStorage.getItem(SOUND_STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Remembers the sound choice in this browser. */
export function storeSoundPreference(on: boolean): void {
  try {
    localStorage.setItem(SOUND_STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Storage can be blocked; the choice then lasts for this page only.
  }
}

let context: AudioContext | null = null;

/** A short, soft beep through WebAudio; silently does nothing where audio is unavailable. */
export function beep(frequency = 880, durationMs = 180): void {
  try {
    const Ctor =
      window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctor) return;
    context ??= new Ctor();
    const ctx = context;
    void ctx.resume?.();
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.frequency.value = frequency;
    oscillator.type = 'sine';
    const start = ctx.currentTime;
    const end = start + durationMs / 1000;
    // A quick fade in and out avoids the click of a hard start and stop.
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, end);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(start);
    oscillator.stop(end + 0.02);
  } catch {
    // Audio is a convenience; the visible banner and the live region carry the message.
  }
}
