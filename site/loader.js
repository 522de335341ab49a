// DutyAtlas page loader: starts the wasm client, downloads the publication with a visible
// progress bar, and exposes the automation API as window.dutyatlas (see README.md).
//
// Order of loading: manifest.json (never cached) and the client (dutyatlas.js, .wasm) → bundle +
// font (named by their hashes, so cacheable forever) → handed to the client, which checks sizes
// and SHA-256, decompresses and opens the database. Every failure ends in a message on the page,
// never a blank canvas. Every byte of every file counts as progress (the bar and the watchdog),
// so a slow but moving link never times out while a stalled one does.
(function () {
  'use strict';

  const script = document.currentScript;
  const base = new URL(script.dataset.base || 'data/', document.baseURI);
  const clientBase = new URL('.', script.src);
  const NO_PROGRESS_TIMEOUT_MS = 30000;
  const MAX_DOWNLOAD_BYTES = 256 * 1024 * 1024;  // kMaxBundleBytes (core/bundle/bundle_format.h)
  // The only links that may leave the client: a phone number to dial, a web address (what
  // core/duties/contact_formats.h makes); never javascript:, data: or anything else.
  const SAFE_EXTERNAL_HREF = /^(tel:[0-9,]+|https?:\/\/[^\s"'<>\\^`{|}]+)$/;

  const $ = (id) => document.getElementById(id);
  const status = $('status');
  const timings = { navigationStart: 0, firstFrame: null, ready: null, searchReady: null };
  let ready = false;
  let searchReady = false;
  let resolveSearchReady;
  // The search index is built in the page after the first frame (docs/automation-api.md).
  const searchReadyPromise = new Promise((resolve) => {
    resolveSearchReady = resolve;
  });
  let failed = false;
  let resolveReady;
  let rejectReady;
  const readyPromise = new Promise((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  readyPromise.catch(() => {}); // a page that never asks must not see an unhandled rejection

  // --- status card --------------------------------------------------------------------------
  function showProgress(fraction, detail) {
    if (failed) return; // a late chunk of a parallel download must not hide the message
    $('progress-bar').style.width = `${Math.round(fraction * 100)}%`;
    if (detail !== undefined) $('status-detail').textContent = detail;
  }

  function showFailure(message) {
    if (failed) return;
    failed = true;
    status.hidden = false;
    status.classList.add('failed');
    $('status-text').textContent = '数据加载失败';
    $('status-detail').textContent = message;
    $('status-retry').hidden = false;
    rejectReady(new Error(message));
  }
  $('status-retry').addEventListener('click', () => window.location.reload());

  // --- text into the client -----------------------------------------------------------------
  // Every string goes into the wasm through the heap, never ccall's 'string', which copies it
  // onto the 5 MiB stack at up to 4 bytes a character: a 1.3-million-character URL hash
  // overflowed it and left a dead page. Each kind of text has a ceiling in bytes; longer text is
  // cut there on a character boundary, and the client, seeing more than it accepts, refuses it
  // and says so (a route too long opens the home page; the text boxes show their limit).
  const TEXT_LIMITS = {
    route: 65536,      // a route's decoded parts are capped far lower by web/route.cpp
    query: 1 << 20,    // an automation request (JSON)
    manifest: 1 << 16,
    typed: 1 << 16,    // one input event or paste: the text boxes hold far less
    message: 4096,
  };
  const utf8 = new TextEncoder();
  function callWithText(name, returnType, text, limit, ...numbers) {
    const maxBytes = TEXT_LIMITS[limit];
    // At most 3 bytes per UTF-16 unit: cut the string first, so a huge one is never encoded whole.
    const bytes = utf8.encode(String(text).slice(0, maxBytes + 1));
    let size = Math.min(bytes.length, maxBytes + 1);
    if (size > maxBytes) {
      size = maxBytes + 1;  // one byte over the limit, so the client knows it was cut
      while (size > 0 && (bytes[size] & 0xc0) === 0x80) --size;  // not inside a character
    }
    const pointer = Module._malloc(size + 1);
    if (!pointer) throw new Error('内存不足。');
    Module.HEAPU8.set(bytes.subarray(0, size), pointer);
    Module.HEAPU8[pointer + size] = 0;
    try {
      return Module.ccall(name, returnType, ['number', ...numbers.map(() => 'number')], [pointer, ...numbers]);
    } catch (error) {
      // A trap (memory, a bug) leaves the module unusable: say so instead of a dead page whose
      // error() is still ''.
      if (error instanceof WebAssembly.RuntimeError) showFailure('页面程序出错，请刷新页面重试。');
      throw error;
    } finally {
      Module._free(pointer);
    }
  }

  function formatBytes(n) {
    return n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
  }

  // Download progress over all files: bytes received, and bytes expected where a file's size is
  // known (the manifest's sizes; the client's Content-Length when not compressed in transit).
  // A file of unknown size counts what has arrived, so the bar never runs backwards past 100 %.
  const download = { received: 0, expected: 0 };
  function expectBytes(n) {
    download.expected += n;
  }
  // The bar moves once both totals are known — the program's (its response's headers) and the
  // data's (the manifest) — so that a small file arriving first does not fill it, and it never
  // moves back. (Sent compressed, the program's size is unknown: then it counts as it comes.)
  const totalsPending = new Set(['program', 'data']);
  let shownFraction = 0;
  function totalKnown(part) {
    totalsPending.delete(part);
  }
  function countBytes(n) {
    download.received += n;
    lastProgressAt = performance.now();
    const total = Math.max(download.expected, download.received);
    if (totalsPending.size === 0) shownFraction = Math.max(shownFraction, download.received / total);
    showProgress(shownFraction, `${formatBytes(download.received)} / ${formatBytes(total)}`);
  }

  // Watchdog: a download that stops moving becomes a message, not an endless spinner.
  let lastProgressAt = performance.now();
  const watchdog = setInterval(() => {
    if (ready || failed) return clearInterval(watchdog);
    if (performance.now() - lastProgressAt > NO_PROGRESS_TIMEOUT_MS) {
      clearInterval(watchdog);
      fail('加载超时：网络长时间没有响应，请检查网络后刷新重试。');
    }
  }, 1000);

  // --- the wasm module ----------------------------------------------------------------------
  // Fetched now, beside dutyatlas.js and the data, not when dutyatlas.js has run: on a phone
  // link the program, the bundle and the font then share the link instead of queueing.
  const wasmResponse = fetchCounted(new URL('dutyatlas.wasm', clientBase));
  wasmResponse.then(() => totalKnown('program'), () => {});  // a failure: reported by instantiateWasm
  const canvas = $('canvas');
  const Module = {
    canvas,
    locateFile: (path) => new URL(path, clientBase).href,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: () => showFailure('页面程序异常终止，请刷新重试。'),
    // The wasm is fetched here, not by Emscripten, so its bytes count as progress; compiling
    // still streams while it arrives.
    instantiateWasm: (imports, done) => {
      wasmResponse
        .then((response) => WebAssembly.instantiateStreaming(response, imports))
        .then((result) => done(result.instance, result.module))
        .catch((error) => showFailure(`无法加载页面程序 dutyatlas.wasm，请检查网络后刷新重试。（${error.message}）`));
      return {};
    },
    dutyatlasOnFirstFrame: () => {
      if (timings.firstFrame === null) timings.firstFrame = performance.now();
    },
    dutyatlasOnReady: () => {
      ready = true;
      timings.ready = performance.now();
      status.hidden = true;
      resolveReady(api);
    },
    dutyatlasOnSearchReady: () => {
      searchReady = true;
      timings.searchReady = performance.now();
      resolveSearchReady(api);
      window.dispatchEvent(new CustomEvent('dutyatlas:search-ready'));
    },
    dutyatlasOnFailure: (message) => showFailure(message),
    // 派单 in 谁来管: the embedding page learns the choice without reading pixels.
    dutyatlasOnDispatch: (json) => {
      if (!json) return; // the client refused the choice (a body twice): nothing to hand on
      lastDispatch = JSON.parse(json);
      for (const listener of dispatchListeners) listener(lastDispatch);
      window.dispatchEvent(new CustomEvent('dutyatlas:dispatch', { detail: lastDispatch }));
    },
  };
  let lastDispatch = null;
  const dispatchListeners = [];
  let loadedManifest = null;

  // 大字号: the reader's text size is remembered for the next visit (storage may be refused, as
  // in private windows: then it lasts for this visit only).
  const TEXT_SCALE_KEY = 'dutyatlas.textScale';
  Module.dutyatlasOnTextScale = (scale) => {
    try {
      window.localStorage.setItem(TEXT_SCALE_KEY, String(scale));
    } catch (error) { /* not remembered */ }
  };
  function restoreTextScale() {
    let saved = null;
    try {
      saved = Number(window.localStorage.getItem(TEXT_SCALE_KEY));
    } catch (error) { /* nothing remembered */ }
    if (saved > 1) Module.ccall('da_set_text_scale', null, ['number'], [saved]);
  }

  // Links out of the client (a contact's phone numbers and website): checked again here,
  // whatever the data says — only tel: and http(s) leave the page. A real <a> is clicked, so a
  // phone dials and a website opens in a new tab as from any link.
  let lastExternal = null;
  Module.dutyatlasIsSafeHref = (href) => SAFE_EXTERNAL_HREF.test(href); // for site/a11y.js
  Module.dutyatlasOpenExternal = (href) => {
    if (!SAFE_EXTERNAL_HREF.test(href)) return;
    lastExternal = href;
    const web = href.startsWith('http');
    const link = Object.assign(document.createElement('a'), { href }, web ? { target: '_blank', rel: 'noopener noreferrer' } : {});
    document.body.appendChild(link);
    link.click();
    link.remove();
  };

  // Exports (CSV): the bytes become a file the browser saves; tests read them back.
  let lastDownload = null;
  Module.dutyatlasOnDownload = (filename, type, bytes) => {
    lastDownload = { filename, type, bytes };
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    const link = Object.assign(document.createElement('a'), { href: url, download: filename });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  };
  // 打印: the client writes the view's whole HTML document (its own print CSS, page numbers);
  // site/print.js puts it on the paper in place of the canvas, as it does for Ctrl+P.
  let lastPrint = null;
  Module.dutyatlasOnPrint = (html) => {
    lastPrint = html;
    if (Module.dutyatlasPrintSheet) Module.dutyatlasPrintSheet.print(html);
  };
  Module.dutyatlasDataBase = base.href; // the HTML edition lives beside the data (site/a11y.js)
  Module.dutyatlasCallWithText = callWithText;  // for site/a11y.js and site/updates.js
  window.Module = Module;

  // A failure found in JS (network) is handed to the client too, so both agree on the state.
  function fail(message) {
    if (Module.calledRun && Module._da_fail) {
      callWithText('da_fail', null, message, 'message');
    } else {
      showFailure(message);
    }
  }

  // fetch(), with the body's bytes counted as they arrive. The answer is a Response again (with
  // the original headers), so callers read it as usual. Content-Length is added to the expected
  // total only when the body is not compressed in transit (then it is the wire size, not ours).
  async function fetchCounted(url, options) {
    const response = await fetch(url, options);
    if (!response.ok || !response.body) return response;
    const length = Number(response.headers.get('Content-Length'));
    if (length > 0 && !response.headers.get('Content-Encoding')) expectBytes(length);
    const counter = new TransformStream({
      transform(chunk, controller) {
        countBytes(chunk.length);
        controller.enqueue(chunk);
      },
    });
    return new Response(response.body.pipeThrough(counter), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  }

  // A size from the manifest, checked again before it reaches _malloc, which takes 32 bits
  // (2^32 + 16 would allocate 16 bytes).
  function checkSize(expected) {
    if (!Number.isSafeInteger(expected) || expected < 0 || expected > MAX_DOWNLOAD_BYTES) {
      throw new Error('清单文件 manifest.json 记录的文件大小无效。');
    }
  }

  async function fetchOk(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`无法下载 ${url.pathname.split('/').pop()}（HTTP ${response.status}）。`);
    return response;
  }

  // Reads a body chunk by chunk through `write(chunk, offset)`, refusing more than `expected`
  // bytes; resolves with the number read. A short file still goes to the client, whose size
  // check names the problem.
  async function readBody(response, expected, write, onBytes) {
    const reader = response.body.getReader();
    let offset = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return offset;
      if (offset + value.length > expected) {
        throw new Error('下载的文件比清单记录的大：文件已被替换，请刷新重试。');
      }
      write(value, offset);
      offset += value.length;
      onBytes(value.length);
    }
  }

  // Streams `url` straight into a wasm heap buffer of the size the manifest promises (also
  // site/updates.js's download of a newer publication).
  Module.dutyatlasFetchIntoHeap = (...args) => fetchIntoHeap(...args);
  async function fetchIntoHeap(url, expected, onBytes = countBytes) {
    checkSize(expected);
    const response = await fetchOk(url);
    const pointer = Module._malloc(Math.max(expected, 1));
    if (!pointer) throw new Error('内存不足，无法下载数据包。');
    try {
      // HEAPU8 is re-read for each chunk: memory may have grown.
      const size = await readBody(response, expected, (chunk, at) => Module.HEAPU8.set(chunk, pointer + at), onBytes);
      return { pointer, size };
    } catch (error) {
      Module._free(pointer);
      throw error;
    }
  }

  // The same into JS memory, for a download that starts before the program is running.
  async function fetchEarly(url, expected) {
    checkSize(expected);
    const response = await fetchOk(url);
    const bytes = new Uint8Array(expected);
    const size = await readBody(response, expected, (chunk, at) => bytes.set(chunk, at), countBytes);
    return bytes.subarray(0, size);
  }

  function intoHeap(bytes) {
    const pointer = Module._malloc(Math.max(bytes.length, 1));
    if (!pointer) throw new Error('内存不足，无法下载数据包。');
    Module.HEAPU8.set(bytes, pointer);
    return { pointer, size: bytes.length };
  }

  // The bundle and the font, fetched while the program still downloads and compiles. The
  // manifest is not yet checked by the client, so only what it would accept is fetched early —
  // a plain file name in the data folder (is_plain_file_name, core/bundle/bundle_format.cpp) and
  // a size in bounds; anything else waits for the client's check, which still decides. Null
  // when nothing was started.
  const PLAIN_FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
  function fetchDataEarly(manifestText) {
    let m;
    try {
      m = JSON.parse(manifestText);
    } catch {
      return null;
    }
    const entry = (e, size) => e && typeof e.file === 'string' && PLAIN_FILE_NAME.test(e.file)
      && Number.isSafeInteger(e[size]) && e[size] >= 0 && e[size] <= MAX_DOWNLOAD_BYTES;
    if (!entry(m && m.bundle, 'compressed_bytes') || !entry(m.font, 'bytes')) return null;
    expectBytes(m.bundle.compressed_bytes + m.font.bytes);
    totalKnown('data');
    const early = {
      bundle: { file: m.bundle.file, bytes: fetchEarly(new URL(m.bundle.file, base), m.bundle.compressed_bytes) },
      font: { file: m.font.file, bytes: fetchEarly(new URL(m.font.file, base), m.font.bytes) },
    };
    early.bundle.bytes.catch(() => {});  // awaited, and reported, in load()
    early.font.bytes.catch(() => {});
    return early;
  }

  async function load() {
    const manifestResponse = await fetchCounted(new URL('manifest.json', base), { cache: 'no-cache' });
    if (!manifestResponse.ok) {
      throw new Error(`无法下载数据清单 manifest.json（HTTP ${manifestResponse.status}）。`);
    }
    // The newest publication, or the last one that loaded here while the newest is checked in
    // the background (site/updates.js: a new bundle that fails never replaces the last good one).
    const networkText = await manifestResponse.text();
    const updates = window.dutyatlasUpdates;
    const manifestText = updates ? await updates.chooseManifest(networkText, base) : networkText;
    const early = fetchDataEarly(manifestText);
    await runtimeReady;
    restoreTextScale();
    if (!callWithText('da_accept_manifest', 'number', manifestText, 'manifest')) return;
    const manifest = JSON.parse(manifestText); // the client has checked it
    loadedManifest = manifest;
    if (manifest.title) document.title = `${manifest.title} · 职责通`;

    // The files the client accepted; fetched early when the names are the ones it accepted.
    const fetchFile = (entry, size, started) => (started && started.file === entry.file
      ? started.bytes.then(intoHeap)
      : (expectBytes(entry[size]), fetchIntoHeap(new URL(entry.file, base), entry[size])));
    const bundle = fetchFile(manifest.bundle, 'compressed_bytes', early && early.bundle);
    const font = fetchFile(manifest.font, 'bytes', early && early.font);
    totalKnown('data');
    font.catch(() => {});  // awaited below, once the bundle is open
    const b = await bundle;
    $('status-text').textContent = '正在打开数据库…';
    if (!Module._da_open_bundle(b.pointer, b.size)) return;
    const f = await font;
    if (!Module._da_accept_font(f.pointer, f.size)) return;
    callWithText('da_navigate', null, window.location.hash, 'route');
    await readyPromise;
    if (updates) updates.loaded(manifestText);
  }

  // The characters a person may type beyond the data (GB2312) come in pieces, each a range of
  // code points (web/fonts.h). The client asks for a piece when a character in it is typed; it
  // is fetched once the page is ready, so it never delays the first view. Until it arrives the
  // character draws as a box. A failed fetch is reported (0, 0): the next such character asks
  // again. The client names the file and its size, from the manifest it checked.
  Module.dutyatlasFetchTypingFont = (index, file, bytes) => {
    readyPromise.then(async () => {
      try {
        const t = await fetchIntoHeap(new URL(file, base), bytes, () => {});
        Module._da_accept_typing_font(index, t.pointer, t.size);
      } catch (error) {
        console.warn('dutyatlas: typing font piece not loaded:', error.message);
        Module._da_accept_typing_font(index, 0, 0);
      }
    }, () => {});
  };
  let lastCopied = null;

  const runtimeReady = new Promise((resolve) => {
    Module.onRuntimeInitialized = resolve;
  });

  // --- automation API -----------------------------------------------------------------------
  function requireRuntime() {
    if (!Module.calledRun) throw new Error('dutyatlas: the client is still starting; await dutyatlas.ready');
  }

  const api = {
    /** Resolves with this API once data is loaded and drawn; rejects with the failure message. */
    ready: readyPromise,
    isReady: () => ready,
    /**
     * Resolves with this API once the search index is built (after ready: the page is drawn
     * first). Before, search, 谁来管 and a list's text filter answer {"ok": false,
     * "not_ready": true, "error": "正在准备检索…"}. The window event "dutyatlas:search-ready"
     * fires at the same moment.
     */
    searchReady: searchReadyPromise,
    isSearchReady: () => searchReady,
    /**
     * The failure message shown on the page, or '' while all is well: loading's (the status
     * card) or, once ready, the view's whose data could not be read.
     */
    error: () => {
      if (failed) return $('status-detail').textContent;
      return Module.calledRun ? Module.ccall('da_error', 'string', [], []) : '';
    },
    /** The current route, e.g. "#/body/sthjj". */
    route: () => {
      requireRuntime();
      return Module.ccall('da_route', 'string', [], []);
    },
    /** Goes to a route ("#/", "#/category/government", "#/body/sthjj") and adds a history entry. */
    navigate: (route) => {
      requireRuntime();
      callWithText('da_navigate', null, route, 'route');
      const normalized = Module.ccall('da_route', 'string', [], []);
      if (window.location.hash !== normalized) window.location.hash = normalized;
      return normalized;
    },
    /** A data query, e.g. {query: "body", id: "sthjj"}: returns the parsed JSON answer. */
    query: (request) => {
      requireRuntime();
      const text = typeof request === 'string' ? request : JSON.stringify(request);
      return JSON.parse(callWithText('da_query', 'string', text, 'query'));
    },
    /**
     * What the last drawn frame showed: [{key, text, x, y, width, height, visible}] in CSS
     * pixels relative to the canvas. Keys: "category:CODE", "nav-category:CODE", "body:ID",
     * "nav-body:ID", "title", "facts", "setup", "clause:N", "basis", "link:home", …
     */
    drawnItems: () => {
      requireRuntime();
      return JSON.parse(Module.ccall('da_drawn_items', 'string', [], []));
    },
    /**
     * 派单 from 谁来管: calls `listener({complaint, joint, lead: {id, name, basis: […]},
     * cooperating: […]})` for every dispatch; also fired on window as "dutyatlas:dispatch".
     */
    /** The compact layout for a portal's side panel: one column at any width (docs/embedding.md). */
    setCompact: (on) => {
      requireRuntime();
      Module._da_set_compact(on ? 1 : 0);
    },
    onDispatch: (listener) => {
      dispatchListeners.push(listener);
      // Someone receives 派单 now: the client offers the buttons (none on the public site).
      runtimeReady.then(() => Module._da_offer_dispatch());
    },
    /** The text last put on the clipboard by the client (复制), or null. */
    lastCopied: () => lastCopied,
    /**
     * The last file the client saved (CSV exports): {filename, type, text} with the bytes
     * decoded as UTF-8 (a BOM stays as U+FEFF), or null.
     */
    lastDownload: () => lastDownload && {
      filename: lastDownload.filename,
      type: lastDownload.type,
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(lastDownload.bytes),
      // The bytes themselves, for a binary export (.xlsx): base64.
      base64: btoa(Array.from(lastDownload.bytes, (b) => String.fromCharCode(b)).join('')),
    },
    /** The tel: or http(s) link the client last followed (a contact's phone or website), or null. */
    lastExternal: () => lastExternal,
    /**
     * The HTML document last sent to the printer by 打印 in a view, or null. Ctrl+P prints the
     * same document (site/print.js), laid out in #print-sheet while the browser prints.
     */
    lastPrint: () => lastPrint,
    /** The publication's manifest.json (null until the client has checked it): its data_date
     * and bundle hash are what site/embed-host.js tells a portal. */
    manifest: () => loadedManifest,
    /** The portals allowed to embed the viewer, as the client checked them: never "*". */
    embedOrigins: () => (Module.calledRun && loadedManifest
      ? JSON.parse(Module.ccall('da_embed_origins', 'string', [], [])) : []),
    /**
     * Checks manifest.json for a newer publication now (site/updates.js); resolves with
     * {state: 'current' | 'offered' | 'refused' | 'unreachable', dataDate, reason}. An offered or
     * refused one shows the notice (#update-bar) and fires the window event "dutyatlas:update".
     */
    checkForUpdate: () => (window.dutyatlasUpdates && ready
      ? window.dutyatlasUpdates.checkNow() : Promise.resolve({ state: 'current' })),
    /** The last dispatch, or null. */
    lastDispatch: () => lastDispatch,
    /** The characters of `text` the client cannot draw at the moment ('' when it can draw all). */
    missingGlyphs: (text) => {
      requireRuntime();
      return callWithText('da_missing_glyphs', 'string', text, 'typed');
    },
    /** ImGui's input as the last frame saw it, for diagnosing a lost click. */
    inputState: () => (Module.calledRun ? JSON.parse(Module.ccall('da_input_state', 'string', [], [])) : null),
    /** Frames the client has drawn: stays still while the page is idle. */
    framesDrawn: () => (Module.calledRun ? Module._da_frames_drawn() : 0),
    /** Timings (ms since navigation) and memory, for benchmarks. */
    stats: () => ({
      firstFrameMs: timings.firstFrame,
      readyMs: timings.ready,
      searchReadyMs: timings.searchReady,
      // How the index was built: {build_ms, longest_frame_ms, frames} (null until ready).
      searchBuild: searchReady ? JSON.parse(Module.ccall('da_search_stats', 'string', [], [])) : null,
      heapBytes: Module.HEAPU8 ? Module.HEAPU8.length : 0,
      heapInUseBytes: Module.calledRun ? Module._da_heap_in_use() : 0,
      // pieces of the typing font fetched so far (a typed character the data never uses)
      typingFontPieces: Module.calledRun ? Module._da_typing_font_pieces() : 0,
      textScale: Module.calledRun ? Module._da_text_scale() : 1,
      // false while the glyph atlas holds only what has been drawn (until search ready)
      atlasComplete: Module.calledRun ? Module._da_atlas_complete() === 1 : false,
    }),
  };
  window.dutyatlas = api;

  // --- text input: IME, phone keyboards, paste (see web/text_input.h) ------------------------
  // The text box of the accessibility layer (site/a11y.js) that mirrors the focused ImGui text
  // field — or, without the layer, a hidden <input> that follows it: the IME composes in it, a
  // phone opens its keyboard for it, and whatever it commits is handed to the client.
  const textInput = document.createElement('input');
  Object.assign(textInput, { id: 'text-input', type: 'text', autocomplete: 'off', spellcheck: false });
  textInput.setAttribute('autocapitalize', 'off');
  textInput.setAttribute('aria-label', '输入');
  textInput.className = 'text-input';
  document.body.appendChild(textInput);
  // Every element text is typed into: the hidden input and the layer's text boxes. A layer box
  // shows the field's text (so a screen reader reads it); `synced` is what it showed, and only
  // what was typed beyond it is committed. The hidden input is emptied after each commit.
  const textEntries = new WeakSet();
  const synced = new WeakMap();
  const composing = new WeakSet();
  function typedText(before, after) {
    let head = 0;
    while (head < before.length && head < after.length && before[head] === after[head]) ++head;
    let tail = 0;
    while (tail < before.length - head && tail < after.length - head &&
           before[before.length - 1 - tail] === after[after.length - 1 - tail]) ++tail;
    return after.slice(head, after.length - tail);
  }
  function commitText(entry, text) {
    if (entry === textInput) entry.value = '';
    synced.set(entry, entry.value);
    if (text && Module.calledRun) callWithText('da_input_text', null, text, 'typed');
  }
  function adoptTextEntry(entry) {
    textEntries.add(entry);
    synced.set(entry, entry.value);
    // The client is told, so nothing takes the field away mid-word (web/views/search_box.h).
    entry.addEventListener('compositionstart', () => {
      composing.add(entry);
      if (Module.calledRun) Module.ccall('da_input_composing', null, ['number'], [1]);
    });
    // Chrome sends its last input event (still composing) before compositionend: commit here.
    entry.addEventListener('compositionend', (event) => {
      composing.delete(entry);
      if (Module.calledRun) Module.ccall('da_input_composing', null, ['number'], [0]);
      commitText(entry, event.data || typedText(synced.get(entry) || '', entry.value));
    });
    entry.addEventListener('input', (event) => {
      if (composing.has(entry) || event.isComposing) return;
      commitText(entry, typedText(synced.get(entry) || '', entry.value));
    });
  }
  adoptTextEntry(textInput);
  // GLFW listens for keypress on window and would type ASCII a second time: stop it first.
  window.addEventListener('keypress', (event) => {
    if (textEntries.has(document.activeElement)) event.stopImmediatePropagation();
  }, true);
  // The layer's box for the field at (x, y) in canvas pixels, if the layer mirrors one.
  function layerEntryAt(x, y) {
    return Module.dutyatlasA11y ? Module.dutyatlasA11y.textEntryAt(x, y) : null;
  }
  Module.dutyatlasTextInput = {
    adopt: adoptTextEntry,
    /** Shows the field's text in a layer box, unless an IME is composing in it. */
    setValue(entry, text) {
      if (composing.has(entry) || entry.value === text) return;
      entry.value = text;
      synced.set(entry, text);
    },
    show(x, y, height) {
      // The layer has the focus (its text box, or Tab has moved on and the client lets go of
      // the field a frame later): it stays there.
      if (Module.dutyatlasA11y && Module.dutyatlasA11y.ownsFocus()) return;
      const entry = layerEntryAt(x, y);
      if (entry) {
        Module.dutyatlasA11y.focusFromClient(entry);
        return;
      }
      const rect = canvas.getBoundingClientRect();
      textInput.style.left = `${rect.left + x}px`;
      textInput.style.top = `${rect.top + y}px`;
      textInput.style.height = `${height}px`;
      if (document.activeElement !== textInput) textInput.focus({ preventScroll: true });
    },
    hide() {
      if (document.activeElement === textInput) textInput.blur();
    },
    copy(text) {
      lastCopied = text;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).catch(() => copyWithSelection(text));
      } else {
        copyWithSelection(text);
      }
    },
  };
  // The fallback where the asynchronous clipboard is not allowed (plain http).
  function copyWithSelection(text) {
    const area = document.createElement('textarea');
    area.value = text;
    area.className = 'text-input';
    document.body.appendChild(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  // Phones open their keyboard only for a focus() inside the user's own gesture: when a tap
  // lands on a text field the last frame drew, focus the input right away.
  // The same for a mouse click, so text typed right after the click is not lost in the frame
  // before the client asks for the field.
  canvas.addEventListener('mouseup', (event) => {
    const rect = canvas.getBoundingClientRect();
    focusTextInputIfHit(event.clientX - rect.left, event.clientY - rect.top);
  });
  function focusTextInputIfHit(x, y) {
    if (!ready) return;
    const hit = api.drawnItems().find((item) => item.key.startsWith('input:') &&
      x >= item.x && x < item.x + item.width && y >= item.y && y < item.y + item.height);
    if (!hit) return;
    const entry = layerEntryAt(x, y);
    if (entry) Module.dutyatlasA11y.focusFromClient(entry);
    else textInput.focus({ preventScroll: true });
  }

  // --- touch: tap and drag (see web/touch_input.h) -------------------------------------------
  // Handled here, before GLFW's listeners (which lose touch coordinates); preventDefault also
  // stops the browser from sending a second, emulated mouse click.
  const TAP_SLOP_PX = 8;
  let touchStart = null;
  let touchLast = null;
  function touchPoint(event) {
    const touch = event.changedTouches[0];
    const rect = canvas.getBoundingClientRect();
    return { x: touch.clientX - rect.left, y: touch.clientY - rect.top };
  }
  function onTouch(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!Module.calledRun || event.changedTouches.length === 0) return;
    const p = touchPoint(event);
    const t = event.timeStamp; // when the finger moved, not when this ran: a flick's speed
    if (event.type === 'touchstart') {
      touchStart = touchLast = p;
      Module._da_touch(0, p.x, p.y, 0, t);
    } else if (event.type === 'touchmove' && touchStart) {
      const moved = Math.hypot(p.x - touchStart.x, p.y - touchStart.y) > TAP_SLOP_PX;
      if (moved) touchStart.dragged = true;
      if (touchStart.dragged) Module._da_touch(1, p.x, p.y, p.y - touchLast.y, t);
      touchLast = p;
    } else if (touchStart) {
      const tap = event.type === 'touchend' && !touchStart.dragged;
      Module._da_touch(tap ? 2 : 3, p.x, p.y, 0, t);
      // A tap on a text field opens the keyboard only when focused inside this very gesture.
      if (tap) focusTextInputIfHit(p.x, p.y);
      touchStart = null;
    }
  }
  for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel']) {
    canvas.addEventListener(type, onTouch, { capture: true, passive: false });
  }
  // The mouse wheel too: GLFW would pass the pixel delta on as wheel steps, sign reversed.
  const WHEEL_LINE_PX = 40;
  canvas.addEventListener('wheel', (event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!Module.calledRun) return;
    const unit = event.deltaMode === 1 ? WHEEL_LINE_PX : event.deltaMode === 2 ? canvas.clientHeight : 1;
    Module._da_wheel(event.deltaY * unit);
  }, { capture: true, passive: false });

  // --- browser events -----------------------------------------------------------------------
  window.addEventListener('hashchange', () => {
    if (Module.calledRun) callWithText('da_navigate', null, window.location.hash, 'route');
  });
  window.addEventListener('resize', () => {
    if (Module.calledRun) Module._da_request_redraw();
  });

  // dutyatlas.js is fetched first with its bytes counted (a <script> reports no progress); the
  // <script> then finds it in the HTTP cache (a revalidation: served no-cache).
  const clientUrl = new URL('dutyatlas.js', clientBase).href;
  const clientFailed = () => showFailure('无法下载页面程序 dutyatlas.js，请检查网络后刷新重试。');
  fetchCounted(clientUrl)
    .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject()))
    .then(() => {
      const client = document.createElement('script');
      client.src = clientUrl;
      client.onerror = clientFailed;
      document.body.appendChild(client);
    }, clientFailed);

  load().catch((error) => fail(error.message || String(error)));
})();
