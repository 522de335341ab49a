// When the search box's text goes to the results: not on every character. A word written one
// character at a time — handwriting commits 低, then 保; an IME commits each pick; a person
// types slowly — must not jump to the results for 低 and lose what comes next. So the box
// searches when Enter is pressed, or, on a wide screen (where the box in the header stays
// through the navigation), once the text has rested for kPauseSeconds with no IME composition
// in progress (text_input::composing()): each new character starts the pause again. On a phone
// the box lives on the home view and would be gone after the jump, so only Enter (the phone
// keyboard's 搜索 key) searches there. Typing the box has let go of (a click on a link, a page
// opened by the address bar) is not searched after its pause: the person has moved on.
// Not for the results page's own controls (search.cpp).
#pragma once

namespace dutyatlas::web {

// Called once a frame right after the box is drawn: whether its text changed this frame,
// whether Enter was pressed in it, whether it is still active (being typed in), and whether
// the screen is narrow. True: search now.
bool search_box_submits(bool changed, bool entered, bool active, bool narrow);

}  // namespace dutyatlas::web
