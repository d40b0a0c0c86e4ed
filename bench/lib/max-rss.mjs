// Preloaded into a measured child process: writes its peak resident memory (bytes) to the file named by ONCELINK_MAX_RSS_FILE at exit.
import { writeFileSync } from 'node:fs';

const file = process.env.ONCELINK_MAX_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
