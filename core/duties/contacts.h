// Reading a body's contact (联系方式: phones, address, hours, website, service hall) from a
// duty database: for the body page, 谁来管, search results, the HTML edition and the JSON API.
// The rows are those of the contacts and contact_phones tables (bundle_schema.h); their forms
// were checked when the bundle was built (contact_formats.h). Not for writing them (the
// builder's bundle_writer) or for checking them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/bundle/duty_database.h"
#include "core/bundle/model.h"

namespace dutyatlas {

// The body's contact; nullopt if it publishes none (or does not exist).
std::optional<Contact> find_contact(const DutyDatabase& db, std::string_view body_id);

// Every contact of the publication by body id: two queries, read once when the client opens a
// bundle (the demo's 333 contacts in well under a frame) and for the CLI's list of bodies.
std::map<std::string, Contact> all_contacts(const DutyDatabase& db);

// The contact in one line for a list of results: the first phone with its label, then the
// address — "办公室 0300-5550101 · 示例区…路 8 号". `separator` goes between the parts.
std::string contact_line(const Contact& contact, std::string_view separator);

}  // namespace dutyatlas
