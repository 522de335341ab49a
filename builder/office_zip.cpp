// Reading an Office file's zip and XML parts (see office_zip.h).
#include "builder/office_zip.h"

#include <zip.h>

#include "builder/source_file.h"

namespace dutyatlas::builder {

std::string_view local_name(const char* name) {
  std::string_view n(name);
  std::size_t colon = n.find(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

pugi::xml_node child(pugi::xml_node node, std::string_view name) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_element && local_name(c.name()) == name) return c;
  }
  return {};
}

const char* attribute(pugi::xml_node node, std::string_view name) {
  for (pugi::xml_attribute a : node.attributes()) {
    if (local_name(a.name()) == name) return a.value();
  }
  return "";
}

std::string part_name(const std::string& base, std::string target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  while (target.compare(0, 3, "../") == 0) target.erase(0, 3);  // rare; parts live under base
  return base + target;
}

OfficeZip::OfficeZip(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source) {
    archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive_) zip_source_free(source);
  }
  if (!archive_) problem_ = std::string("it is not a readable zip archive (") + zip_error_strerror(&error) + ")";
  zip_error_fini(&error);
}

OfficeZip::~OfficeZip() {
  if (archive_) zip_discard(archive_);
}

bool OfficeZip::has(const std::string& part) const {
  return archive_ && zip_name_locate(archive_, part.c_str(), 0) >= 0;
}

std::string OfficeZip::main_part(const std::string& conventional) {
  std::string main = conventional;
  pugi::xml_document rels;
  if (load("_rels/.rels", &rels, false)) {
    for_children(rels.document_element(), "Relationship", [&](pugi::xml_node r) {
      std::string type = attribute(r, "Type");
      if (type.size() >= 15 && type.compare(type.size() - 15, 15, "/officeDocument") == 0) {
        main = part_name("", attribute(r, "Target"));
      }
    });
  }
  return main;
}

bool OfficeZip::read(const std::string& part, std::string* data, bool required) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive_, part.c_str(), 0, &stat) != 0) {
    if (required) problem_ = "the file has no part " + part;
    return false;
  }
  if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > kMaxSourceFileBytes) {
    problem_ = "the part " + part + " is larger than the builder reads (" +
               std::to_string(kMaxSourceFileBytes >> 20) + " MB)";
    return false;
  }
  data->assign(std::size_t(stat.size), '\0');
  zip_file_t* file = zip_fopen(archive_, part.c_str(), 0);
  zip_int64_t got = file ? zip_fread(file, data->data(), data->size()) : -1;
  if (file) zip_fclose(file);
  if (got != zip_int64_t(data->size())) {
    problem_ = "the part " + part + " cannot be read (damaged or encrypted zip entry)";
    return false;
  }
  return true;
}

bool OfficeZip::load(const std::string& part, pugi::xml_document* doc, bool required,
                     std::size_t* bad_xml_offset) {
  std::string data;
  if (!read(part, &data, required)) return false;
  pugi::xml_parse_result parsed =
      doc->load_buffer(data.data(), data.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!parsed) {
    problem_ = "the part " + part + " is not well-formed XML (" + parsed.description() + " at byte " +
               std::to_string(parsed.offset) + ")";
    if (bad_xml_offset) *bad_xml_offset = std::size_t(parsed.offset);
    return false;
  }
  return true;
}

}  // namespace dutyatlas::builder
