// How a view asks to go somewhere: updates the app and the browser's URL (history entry), so
// back/forward and sharing work. Implemented in browser.cpp.
#pragma once

#include "web/app.h"
#include "web/route.h"

namespace dutyatlas::web {

void go_to(App& app, const Route& route);
// The same without a new history entry (live search: one entry per search, not per key).
void replace_with(App& app, const Route& route);

}  // namespace dutyatlas::web
