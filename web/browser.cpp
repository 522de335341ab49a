// EM_JS bridges to site/loader.js, which defines the Module.dutyatlas* hooks they call.
#include "web/browser.h"

#include <emscripten.h>

#include <optional>
#include <string>

#include "web/automation.h"
#include "web/navigation.h"

// clang-format off
EM_JS(void, js_push_route, (const char* hash), {
  var next = UTF8ToString(hash);
  if (window.location.hash !== next) window.location.hash = next;
});
EM_JS(void, js_replace_route, (const char* hash), {
  var next = UTF8ToString(hash);
  if (window.location.hash !== next) {
    window.history.replaceState(window.history.state, document.title, next);
  }
});
EM_JS(void, js_notify_dispatch, (const char* json), {
  if (Module.dutyatlasOnDispatch) Module.dutyatlasOnDispatch(UTF8ToString(json));
});
EM_JS(void, js_notify_first_frame, (), {
  if (Module.dutyatlasOnFirstFrame) Module.dutyatlasOnFirstFrame();
});
EM_JS(void, js_notify_ready, (), {
  if (Module.dutyatlasOnReady) Module.dutyatlasOnReady();
});
EM_JS(void, js_notify_search_ready, (), {
  if (Module.dutyatlasOnSearchReady) Module.dutyatlasOnSearchReady();
});
EM_JS(void, js_notify_failure, (const char* message), {
  if (Module.dutyatlasOnFailure) Module.dutyatlasOnFailure(UTF8ToString(message));
});
EM_JS(void, js_download, (const char* filename, const char* mime, const char* data, int size), {
  if (Module.dutyatlasOnDownload) {
    Module.dutyatlasOnDownload(UTF8ToString(filename), UTF8ToString(mime),
                               HEAPU8.slice(data, data + size));
  }
});
EM_JS(void, js_print_html, (const char* html), {
  if (Module.dutyatlasOnPrint) Module.dutyatlasOnPrint(UTF8ToString(html));
});
EM_JS(void, js_remember_text_scale, (float scale), {
  if (Module.dutyatlasOnTextScale) Module.dutyatlasOnTextScale(scale);
});
EM_JS(void, js_set_cursor, (const char* cursor), {
  if (Module.canvas) Module.canvas.style.cursor = UTF8ToString(cursor);
});
EM_JS(void, js_notify_items_changed, (), {
  if (Module.dutyatlasOnItemsChanged) Module.dutyatlasOnItemsChanged();
});
EM_JS(void, js_open_text_edition, (const char* path), {
  if (Module.dutyatlasOpenTextEdition) Module.dutyatlasOpenTextEdition(UTF8ToString(path));
});
EM_JS(void, js_fetch_typing_font, (int index, const char* file, double bytes), {
  if (Module.dutyatlasFetchTypingFont) Module.dutyatlasFetchTypingFont(index, UTF8ToString(file), bytes);
});
EM_JS(void, js_open_external, (const char* href), {
  if (Module.dutyatlasOpenExternal) Module.dutyatlasOpenExternal(UTF8ToString(href));
});
// clang-format on

namespace dutyatlas::web {

namespace browser {
void push_route(const char* hash) { js_push_route(hash); }
void replace_route(const char* hash) { js_replace_route(hash); }
void notify_dispatch(const char* json) { js_notify_dispatch(json); }
void notify_first_frame() { js_notify_first_frame(); }
void notify_ready() { js_notify_ready(); }
void notify_failure(const char* message) { js_notify_failure(message); }
void notify_search_ready() { js_notify_search_ready(); }
void download(const char* filename, const char* mime_type, const char* data, std::size_t size) {
  js_download(filename, mime_type, data, int(size));
}
void print_html(const char* html) { js_print_html(html); }
void remember_text_scale(float scale) { js_remember_text_scale(scale); }
void set_cursor(const char* css_cursor) { js_set_cursor(css_cursor); }
void notify_items_changed() { js_notify_items_changed(); }
void open_text_edition(const char* path) { js_open_text_edition(path); }
void open_external(const char* href) { js_open_external(href); }
void fetch_typing_font(std::size_t index, const char* file, std::size_t bytes) {
  js_fetch_typing_font(int(index), file, double(bytes));
}
}  // namespace browser

void go_to(App& app, const Route& route) { app.request_navigation(route, /*replace=*/false); }

void link_to(App& app, bool clicked, const Route& route) {
  automation::set_last_href(format_route(route));
  if (clicked) go_to(app, route);
}

void replace_with(App& app, const Route& route) { app.request_navigation(route, /*replace=*/true); }

bool finish_navigation(App& app) {
  std::optional<App::NavigationRequest> request = app.take_navigation_request();
  if (!request) return false;
  app.navigate(request->route);
  std::string hash = format_route(request->route);
  if (request->replace) {
    browser::replace_route(hash.c_str());
  } else {
    browser::push_route(hash.c_str());
  }
  return true;
}

}  // namespace dutyatlas::web
