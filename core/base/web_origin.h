// Web origins as a browser serialises them (`https://portal.example.gov.cn`, `http://127.0.0.1:8081`):
// the one check of the portals a publisher allows to embed the viewer (dataset.json's
// embed_origins). The builder reports a bad entry with this reason; the manifest reader drops
// one. The viewer compares MessageEvent.origin with these strings exactly, so only the browser's
// own spelling passes: lowercase scheme and host, no path, no default port. Not a URL parser and
// not for anything but origins — no wildcards and never "*".
#pragma once

#include <string>
#include <string_view>

namespace dutyatlas {

// "" when `text` is an http(s) origin; otherwise why not, in English, for the builder's message.
std::string web_origin_problem(std::string_view text);
inline bool is_web_origin(std::string_view text) { return web_origin_problem(text).empty(); }

}  // namespace dutyatlas
