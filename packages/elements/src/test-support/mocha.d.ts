// The few mocha globals the Chromium tests use (the runner provides mocha; its types are not installed).
interface MochaTestContext {
  currentTest?: { err?: Error & { actual?: unknown; expected?: unknown } };
  /** Sets this test's timeout in milliseconds. */
  timeout(ms: number): void;
}
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: (this: MochaTestContext) => Promise<void> | void): void;
declare function before(body: () => Promise<void> | void): void;
declare function after(body: () => Promise<void> | void): void;
declare function beforeEach(body: () => Promise<void> | void): void;
declare function afterEach(body: (this: MochaTestContext) => Promise<void> | void): void;
