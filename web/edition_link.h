// Which page of the HTML edition (文字版, core/edition/edition_paths.h) shows what a route
// shows, so every view can link to its text: the header's 文字版 link and the page's
// <link rel="alternate">. Views without a page of their own (search, 谁来管) link to the
// edition's home. Pure: no browser, no ImGui.
#pragma once

#include <string>

#include "web/route.h"

namespace dutyatlas::web {

// The page's path inside the publication folder, e.g. "text/body/sthjj.html".
std::string edition_page(const Route& route);

}  // namespace dutyatlas::web
