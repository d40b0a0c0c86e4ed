// In-page timing of <oncelink-share> with performance.mark/measure; loaded as a classic script before the bundle.
(() => {
  const TIMEOUT_MS = 10_000;
  /** How long a mouse button is held for a click, about: from pointerdown to the click. */
  const PRESS_MS = 100;

  /**
   * Resolves once `check()` is truthy: tested now and after every DOM change under `node`, in the
   * microtask right after the change (a MutationObserver), so the time taken is when the DOM got
   * there, with nothing spinning on the main thread meanwhile.
   */
  function when(what, node, check) {
    return new Promise((resolve, reject) => {
      const done = (fn) => {
        observer.disconnect();
        clearTimeout(timer);
        fn();
      };
      const test = () => {
        try {
          const value = check();
          if (value) done(() => resolve(value));
        } catch (e) {
          done(() => reject(e));
        }
      };
      const observer = new MutationObserver(test);
      const timer = setTimeout(
        () => done(() => reject(new Error(`bench page: timed out waiting for ${what}`))),
        TIMEOUT_MS,
      );
      observer.observe(node, { subtree: true, childList: true, attributes: true, characterData: true });
      test();
    });
  }

  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));

  /** The browser's own frame interval here: median of rAF-to-rAF deltas. */
  async function frameInterval(frames = 30) {
    const deltas = [];
    let last = await nextFrame();
    for (let i = 0; i < frames; i++) {
      const now = await nextFrame();
      deltas.push(now - last);
      last = now;
    }
    deltas.sort((a, b) => a - b);
    return deltas[Math.floor(deltas.length / 2)];
  }

  function measure(name, start, end) {
    return performance.measure(name, start, end).duration;
  }

  /** Resolves once `tag`'s `count` elements have all drawn their trigger; the time from `startMark`. */
  async function allDrawn(tag, startMark) {
    await customElements.whenDefined(tag);
    const all = [...document.querySelectorAll(tag)];
    await Promise.all(
      all.map((el) =>
        when('a trigger', el.shadowRoot, () => el.shadowRoot.querySelector('[part~="trigger"]')),
      ),
    );
    performance.mark(`${tag}:drawn`);
    return { count: all.length, drawn: measure(`${tag} start -> all drawn`, startMark, `${tag}:drawn`) };
  }

  /** A press as a person makes it: pointerdown, and the click about 100 ms later, when the button is let go. Resolves to click -> dialog open. */
  async function pressToOpen(el, name) {
    const root = el.shadowRoot;
    const trigger = root.querySelector('[part~="trigger"]');
    trigger.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, PRESS_MS));
    performance.mark(`${name}:click`);
    trigger.click();
    await when('the dialog to open', root, () => root.querySelector('dialog[open]'));
    performance.mark(`${name}:open`);
    return measure(`${name}: click -> dialog open`, `${name}:click`, `${name}:open`);
  }

  /** The floor: a plain custom element drawing a button that opens an empty dialog. */
  async function runPlain() {
    const { drawn } = await allDrawn('plain-share', 'plain:start');
    const evaluation = measure('plain evaluation', 'plain:start', 'plain:end');
    await nextFrame();
    const clickToOpen = await pressToOpen(document.querySelector('plain-share'), 'plain');
    return { drawn, evaluation, clickToOpen };
  }

  /** A page of 100 elements (a CRM list): script start -> every trigger drawn. */
  async function runList() {
    return allDrawn('oncelink-share', 'oncelink:bundle:start');
  }

  // The chunks loaded on intent, by path: the bench server names them in a line before this script.
  const lazyChunks = window.__oncelinkLazyChunks ?? [];
  const popupFetched = () =>
    performance.getEntriesByType('resource').some((r) => lazyChunks.includes(new URL(r.name).pathname));

  /**
   * From the first line that runs (a static chunk's, when the entry has any: they run before it)
   * to the entry's last line; and how much of that comes before the entry's own first line.
   */
  function entryTimes() {
    const at = (name) => performance.getEntriesByName(name, 'mark').map((m) => m.startTime);
    const entryStart = at('oncelink:bundle:start')[0];
    const start = Math.min(...at('oncelink:static:start'), entryStart);
    return {
      entryEvaluation: at('oncelink:bundle:end')[0] - start,
      beforeEntry: entryStart - start,
      staticChunks: at('oncelink:static:start').length,
    };
  }

  async function run() {
    // Chosen by the page's path: this runs in the head, before the body exists.
    if (location.pathname.startsWith('/plain')) return runPlain();
    if (location.pathname === '/list.html') return runList();
    await customElements.whenDefined('oncelink-share');
    const [el, second] = document.querySelectorAll('oncelink-share');
    const root = el.shadowRoot;

    // 1. The entry starts evaluating (a mark the bench server puts on its first line) -> trigger in the DOM.
    const trigger = await when('the trigger', root, () => root.querySelector('[part~="trigger"]'));
    performance.mark('trigger-rendered');
    const bundleToTrigger = measure(
      'bundle start -> trigger rendered',
      'oncelink:bundle:start',
      'trigger-rendered',
    );
    const entry = entryTimes();

    // 2. Pressed at once, before the page is idle: the pop-up's code is fetched from the pointerdown
    // on. Click -> the dialog is open (showModal), and -> the page's name is loaded (one request).
    // The element starts loading on the pointerdown, so the press -> loaded time is kept too: it
    // is what the page would take if the click came at once.
    const coldPress = !popupFetched();
    performance.mark('press');
    trigger.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, PRESS_MS));
    performance.mark('click');
    trigger.click();
    const dialog = await when('the dialog to open', root, () => root.querySelector('dialog[open]'));
    performance.mark('dialog-open');
    await when(
      'the dialog to load',
      root,
      () => dialog.querySelector('[part~="switch"]') && root.querySelector('[aria-busy="false"]'),
    );
    performance.mark('dialog-loaded');
    const clickToOpen = measure('click -> dialog open', 'click', 'dialog-open');
    const clickToLoaded = measure('click -> dialog loaded', 'click', 'dialog-loaded');
    const pressToLoaded = measure('press -> dialog loaded', 'press', 'dialog-loaded');
    await nextFrame();
    // 3. One-time link switched on -> the link the API made is on screen (the request runs in between).
    let created;
    el.addEventListener('oncelink-link-created', (e) => (created = e.detail.link.url), { once: true });
    const toggle = dialog.querySelector('[part~="switch"]');
    performance.mark('switch-on');
    toggle.click();
    await when('the one-time link on screen', root, () => {
      const shown = root.querySelector('[part~="link"]');
      return created && shown && shown.value === created;
    });
    performance.mark('link-shown');
    const switchToLink = measure('switch on -> link shown', 'switch-on', 'link-shown');
    await nextFrame();

    // 4. Another element once the pop-up's code is in: a press -> its dialog open.
    await el.hide();
    const loadedClickToOpen = await pressToOpen(second, 'loaded');
    await second.hide();

    const requests = performance
      .getEntriesByType('resource')
      .filter((r) => r.name.includes('/api/oncehub/'))
      .map((r) => ({
        url: new URL(r.name).pathname,
        start: r.startTime,
        end: r.responseEnd,
        duration: r.duration,
      }));
    const at = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN;
    const marks = Object.fromEntries(
      ['press', 'click', 'dialog-open', 'dialog-loaded', 'switch-on', 'link-shown'].map((n) => [n, at(n)]),
    );
    return {
      bundleToTrigger,
      ...entry,
      coldPress,
      clickToOpen,
      loadedClickToOpen,
      clickToLoaded,
      pressToLoaded,
      switchToLink,
      frame: await frameInterval(),
      requests,
      marks,
    };
  }

  window.__oncelinkBench = run().catch((e) => ({ error: e instanceof Error ? e.message : String(e) }));
})();
