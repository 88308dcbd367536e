/** A progress bar on stderr for long work; plain percentage lines when stderr is not a terminal. */
export function progressBar(label: string) {
  const tty = process.stderr.isTTY;
  let lastPct = -1;
  return {
    update(done: number, total: number) {
      const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100;
      if (pct === lastPct) return;
      lastPct = pct;
      if (tty) {
        const width = 30;
        const filled = Math.round((pct / 100) * width);
        process.stderr.write(
          `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)} %`,
        );
      } else if (pct % 25 === 0) process.stderr.write(`${label}: ${pct} %\n`);
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
