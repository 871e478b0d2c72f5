// Simulated time for playback: while playing, it advances by the real time elapsed times the
// speed, and stops at the end. Wall time is passed in (the animation frame's timestamp), so the
// clock holds no timers and a test can drive it with made-up frames.

export const SPEEDS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];

export class PlaybackClock {
  /** @param start, end the transit's first and last moments, in ms since the epoch */
  constructor(start, end) {
    this.start = start;
    this.end = Math.max(start, end);
    this.time = this.start;
    this.speed = 1;
    this.playing = false;
    this.lastWall = null;
  }

  play() {
    // Playing from the end starts over, as a media player does.
    if (this.time >= this.end) this.time = this.start;
    this.playing = true;
    this.lastWall = null;
  }

  pause() {
    this.playing = false;
    this.lastWall = null;
  }

  setSpeed(speed) {
    this.speed = speed > 0 ? speed : 1;
  }

  /** Jumps to a moment (clamped to the transit); playing goes on from there. */
  seek(time) {
    this.time = Math.min(this.end, Math.max(this.start, time));
    this.lastWall = null;
  }

  /** Fraction of the transit played, 0 to 1. */
  get progress() {
    return this.end > this.start ? (this.time - this.start) / (this.end - this.start) : 1;
  }

  /**
   * Advances to this wall time (ms, e.g. a requestAnimationFrame timestamp); answers whether the
   * simulated time changed. The first frame after play or seek only notes the wall time, so a
   * pause of any length never turns into a jump.
   */
  tick(wall) {
    if (!this.playing) return false;
    if (this.lastWall === null) {
      this.lastWall = wall;
      return false;
    }

    const elapsed = Math.max(0, wall - this.lastWall);
    this.lastWall = wall;
    const before = this.time;
    this.time = Math.min(this.end, this.time + elapsed * this.speed);
    if (this.time >= this.end) this.pause();
    return this.time !== before;
  }
}
