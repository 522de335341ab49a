// The 联系方式 section of the edition's body page (edition_pages.h): a definition list a reader
// can select, copy and tap — each phone's label and its number as a tel: link, the address, the
// office hours, the website as a link, where to go in person. The values were checked by the
// builder (core/duties/contact_formats.h); links are made only from values that pass again.
#include "core/duties/contact_formats.h"
#include "core/edition/edition_page.h"
#include "core/edition/edition_pages.h"
#include "core/edition/edition_words.h"

namespace dutyatlas {
namespace {

namespace words = edition_words;

void entry(std::string* h, std::string_view label, const std::string& value_html) {
  if (value_html.empty()) return;
  *h += "<dt>" + escape(label) + "</dt><dd>" + value_html + "</dd>";
}

std::string phone_html(const std::string& number) {
  std::string tel = phone_tel_uri(number);
  if (tel.empty()) return escape(number);
  return "<a href=\"" + escape(tel) + "\">" + escape(number) + "</a>";
}

std::string website_html(const std::string& url) {
  if (!is_web_address(url)) return escape(url);
  return "<a href=\"" + escape(url) + "\" rel=\"noopener noreferrer\">" + escape(url) + "</a>";
}

}  // namespace

std::string edition_contact_section(const std::optional<Contact>& contact, bool sample) {
  if (!contact) return {};
  std::string h = "<h2 id=\"contact\">" + std::string(words::kContact) + "</h2>\n";
  h += "<dl class=\"facts contact\">";
  for (const ContactPhone& phone : contact->phones) entry(&h, phone.label, phone_html(phone.number));
  entry(&h, words::kAddress, escape(contact->address));
  entry(&h, words::kHours, escape(contact->hours));
  entry(&h, words::kServiceHall, escape(contact->service_hall));
  if (!contact->website.empty()) entry(&h, words::kWebsite, website_html(contact->website));
  h += "</dl>\n";
  if (sample) h += "<p class=\"note\">" + std::string(words::kSampleContactNote) + "</p>\n";
  return h;
}

}  // namespace dutyatlas
