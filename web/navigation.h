// How a view asks to go somewhere: the app moves there and the browser's URL follows (a history
// entry), so back/forward and sharing work. Implemented in browser.cpp.
//
// A view asks while it is drawing, from inside loops over the rows it draws; moving rebuilds
// those rows. So go_to() and replace_with() only note the request (the last one of a frame
// wins), and finish_navigation() carries it out once the frame is drawn.
#pragma once

#include "web/app.h"
#include "web/route.h"

namespace dutyatlas::web {

void go_to(App& app, const Route& route);
// go_to() for a link-like item, called right after drawing it: also records `route` as where
// the item leads (automation::set_last_href), so the page treats it as a real link
// (site/links.js): Ctrl/⌘-click and the middle button open it in a new tab, right-click gives
// the browser's link menu, the accessibility layer's element gets its href.
void link_to(App& app, bool clicked, const Route& route);
// The same without a new history entry (live search: one entry per search, not per key).
void replace_with(App& app, const Route& route);
// Called by the frame loop after drawing. True if the app moved (the new view needs a frame).
bool finish_navigation(App& app);

}  // namespace dutyatlas::web
