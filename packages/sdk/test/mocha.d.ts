// The mocha globals @web/test-runner provides to the Chromium tests (no @types/mocha in the toolchain).
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: () => unknown): void;
declare function before(body: () => unknown): void;
declare function after(body: () => unknown): void;
declare function afterEach(body: () => unknown): void;
