// The few things C++ tells the page (site/loader.js): the only place C++ calls JavaScript.
#pragma once

#include <cstddef>

namespace dutyatlas::web::browser {

// Puts a route into the address bar as a new history entry (back/forward then return to it).
void push_route(const char* hash);
// Puts a route into the address bar in place of the current entry (typing in the search box
// must not add a history entry per keystroke).
void replace_route(const char* hash);
// 派单: hands the choice (JSON) to the page, which fires a "dutyatlas:dispatch" event.
void notify_dispatch(const char* json);
// The first frame is on screen (for the page's timings).
void notify_first_frame();
// Everything is loaded and the first frame with data is drawn: resolves dutyatlas.ready.
void notify_ready();
// The search index is built (or cannot be): resolves dutyatlas.searchReady and fires the window
// event "dutyatlas:search-ready" (docs/automation-api.md).
void notify_search_ready();
// Loading failed: the page shows `message` over the canvas.
void notify_failure(const char* message);
// The MIME type of an .xlsx download (导出 Excel).
inline constexpr const char* kXlsxMimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
// Saves `size` bytes as a file named `filename` (the browser's download), e.g. a CSV export.
void download(const char* filename, const char* mime_type, const char* data, std::size_t size);
// Prints a complete HTML document (title, tables, page numbers in its own CSS) through the
// browser's print dialog, without leaving the page.
void print_html(const char* html);
// The reader chose a text size: the page remembers it for the next visit.
void remember_text_scale(float scale);
// CSS cursor over the canvas ("default", "pointer", "text").
void set_cursor(const char* css_cursor);
// The frame drew other items than the last one: the accessibility layer (site/a11y.js) updates.
void notify_items_changed();
// Follows a link out of the client — a tel: link dials, an http(s) address opens in a new tab —
// after site/loader.js has checked its scheme again.
void open_external(const char* href);
// Characters were typed that piece `index` of the typing font holds: the page fetches `file`
// (`bytes` long, named by the checked manifest) and hands it to da_accept_typing_font.
void fetch_typing_font(std::size_t index, const char* file, std::size_t bytes);
// Opens a page of the HTML edition, `path` relative to the publication folder ("text/…").
void open_text_edition(const char* path);

}  // namespace dutyatlas::web::browser
