import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (see README: no browser downloads here).
export const CHROMIUM = process.env.SFD_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  // the specs import services that use the @engine/@contract aliases: Playwright finds them in its `paths`
  tsconfig: '../tsconfig.node.json',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  outputDir: '../test-results/playwright',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../test-results/e2e-results.json' }]],
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
