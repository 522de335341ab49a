// The plumbing shared by the Office readers (.xlsx lists in xlsx_workbook.h, .docx 三定 and
// documents in docx_paragraphs.h): an Office file is a zip (libzip) of XML parts (pugixml).
// Opens the zip from memory, parses a part with a size limit, and matches elements and
// attributes by local name, so a writer that prefixes them (x:row, w:p) reads the same.
// Not for what any part means: each reader knows its own parts.
#pragma once

#include <string>
#include <string_view>

#include <pugixml.hpp>

struct zip;

namespace dutyatlas::builder {

// The name of an element or attribute without its namespace prefix.
std::string_view local_name(const char* name);

// The first child element with this local name (an empty node if none).
pugi::xml_node child(pugi::xml_node node, std::string_view name);

// An attribute by local name (r:id and id are the same here); "" if absent.
const char* attribute(pugi::xml_node node, std::string_view name);

template <typename Visit>
void for_children(pugi::xml_node node, std::string_view name, Visit&& visit) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_element && local_name(c.name()) == name) visit(c);
  }
}

// A relationship target as a part name: relative to `base` ("xl/", "word/") unless it starts
// with "/".
std::string part_name(const std::string& base, std::string target);

// An Office file's zip, read from memory that must outlive it.
class OfficeZip {
 public:
  explicit OfficeZip(std::string_view bytes);
  ~OfficeZip();
  OfficeZip(const OfficeZip&) = delete;
  OfficeZip& operator=(const OfficeZip&) = delete;

  bool ok() const { return archive_ != nullptr; }
  // What went wrong last: the zip unreadable, a part missing, too large or not well-formed.
  const std::string& problem() const { return problem_; }
  bool has(const std::string& part) const;

  // The part the package relationships (_rels/.rels) name as the main document
  // (officeDocument): xl/workbook.xml, word/document.xml; `conventional` if they name none.
  std::string main_part(const std::string& conventional);

  // The part's bytes; false with problem() set if it is missing (and `required`), larger than
  // the source-file limit, or unreadable (a damaged or encrypted entry).
  bool read(const std::string& part, std::string* data, bool required = true);
  // The part parsed as XML (whitespace-only text kept: a run " " is a space in the text);
  // false with problem() set as read() does, or if it is not well-formed. `bad_xml_offset`,
  // when given, receives the byte where the parser stopped.
  bool load(const std::string& part, pugi::xml_document* doc, bool required = true,
            std::size_t* bad_xml_offset = nullptr);

 private:
  struct zip* archive_ = nullptr;
  std::string problem_;
};

}  // namespace dutyatlas::builder
