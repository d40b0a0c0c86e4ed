// The Chromium tests on a slow machine: every page's CPU throttled ONCELINK_CPU_SLOWDOWN times (4 unless set).
// A test that races a fixed wait shows up here long before it fails in CI; `npm test` does not run this.
import base from './web-test-runner.config.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

const rate = Number(process.env.ONCELINK_CPU_SLOWDOWN ?? 4);
if (!Number.isFinite(rate) || rate < 1)
  throw new RangeError(
    `ONCELINK_CPU_SLOWDOWN must be a number of 1 or more, got ${process.env.ONCELINK_CPU_SLOWDOWN}.`,
  );

export default {
  ...base,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs, headless: true },
      async createPage({ context }) {
        const page = await context.newPage();
        const cdp = await page.target().createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        return page;
      },
    }),
  ],
};
