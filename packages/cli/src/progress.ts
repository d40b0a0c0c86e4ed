// Progress on stderr: a cli-progress bar on a terminal, otherwise a plain line every few seconds (logs, CI, pipes).
import cliProgress from 'cli-progress';

export interface Progress {
  /** `total`: the requests this run expects to send. */
  start(total: number): void;
  /** `sent`: requests answered (or given up) so far. */
  update(sent: number): void;
  /** A message between progress lines, without breaking the bar. */
  say(message: string): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, intervalMs = 5000): Progress {
  let total = 0;
  let sent = 0;
  let started = 0;
  const rate = () => {
    const seconds = (performance.now() - started) / 1000;
    return seconds > 0 ? sent / seconds : 0;
  };

  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'links {bar} {value}/{total} | {rate}/s | {eta_formatted} left',
        hideCursor: true,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    );
    let running = false;
    return {
      start(n) {
        total = n;
        started = performance.now();
        if (n > 0) {
          bar.start(n, 0, { rate: '0.0' });
          running = true;
        }
      },
      update(n) {
        sent = n;
        if (running) bar.update(n, { rate: rate().toFixed(1) });
      },
      say(message) {
        if (running) stream.write('\r\x1b[K');
        stream.write(`${message}\n`);
        if (running) bar.render();
      },
      stop() {
        if (running) bar.stop();
        running = false;
      },
    };
  }

  let timer: NodeJS.Timeout | undefined;
  const line = () => {
    const r = rate();
    const left = r > 0 ? ` about ${Math.ceil((total - sent) / r)} s left,` : '';
    stream.write(`oncelink: ${sent} of ${total} links requested (${r.toFixed(1)}/s,${left} still working)\n`);
  };
  return {
    start(n) {
      total = n;
      started = performance.now();
      if (n > 0) timer = setInterval(line, intervalMs).unref();
    },
    update(n) {
      sent = n;
    },
    say(message) {
      stream.write(`${message}\n`);
    },
    stop() {
      clearInterval(timer);
    },
  };
}
