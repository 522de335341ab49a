// SQL behind contacts.h. Schema: bundle_schema.h (contacts, contact_phones).
#include "core/duties/contacts.h"

#include "core/base/sqlite_statement.h"

namespace dutyatlas {
namespace {

constexpr const char* kContactColumns = "body_id, address, hours, website, service_hall";

Contact read_contact(const Statement& row) {
  Contact c;
  c.body_id = row.text(0);
  c.address = row.text(1);
  c.hours = row.text(2);
  c.website = row.text(3);
  c.service_hall = row.text(4);
  return c;
}

}  // namespace

std::optional<Contact> find_contact(const DutyDatabase& db, std::string_view body_id) {
  std::string sql = std::string("SELECT ") + kContactColumns + " FROM contacts WHERE body_id = ?1";
  Statement head(db.handle(), sql.c_str());
  head.bind(1, body_id);
  if (!head.step()) return std::nullopt;
  Contact contact = read_contact(head);
  Statement phones(db.handle(),
                   "SELECT label, number FROM contact_phones WHERE body_id = ?1 ORDER BY seq");
  phones.bind(1, body_id);
  while (phones.step()) contact.phones.push_back({phones.text(0), phones.text(1)});
  return contact;
}

std::map<std::string, Contact> all_contacts(const DutyDatabase& db) {
  std::map<std::string, Contact> out;
  std::string sql = std::string("SELECT ") + kContactColumns + " FROM contacts";
  Statement heads(db.handle(), sql.c_str());
  while (heads.step()) {
    Contact contact = read_contact(heads);
    std::string id = contact.body_id;
    out.emplace(std::move(id), std::move(contact));
  }
  Statement phones(db.handle(),
                   "SELECT body_id, label, number FROM contact_phones ORDER BY body_id, seq");
  while (phones.step()) {
    auto it = out.find(phones.text(0));
    if (it != out.end()) it->second.phones.push_back({phones.text(1), phones.text(2)});
  }
  return out;
}

std::string contact_line(const Contact& contact, std::string_view separator) {
  std::string line;
  if (!contact.phones.empty()) line = contact.phones[0].label + " " + contact.phones[0].number;
  if (!contact.address.empty()) {
    if (!line.empty()) line += separator;
    line += contact.address;
  }
  return line;
}

}  // namespace dutyatlas
