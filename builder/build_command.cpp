// The build pipeline: read and check the sources, write the database image, compress it, cut
// the font, publish. Nothing reaches the output folder unless every step succeeded.
#include "build_command.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "builder/bundle_writer.h"
#include "builder/font_subset.h"
#include "builder/publish.h"
#include "builder/source_reader.h"
#include "builder/version.h"
#include "core/bundle_schema.h"

namespace dutyatlas::builder {
namespace {

void print_diagnostics(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.all()) std::cerr << format_diagnostic(d) << "\n";
}

// Reads and checks; prints every problem. Returns false if there was any error.
bool read_checked(const std::string& source_dir, Dataset* dataset) {
  Diagnostics diagnostics;
  *dataset = read_source_folder(source_dir, &diagnostics);
  print_diagnostics(diagnostics);
  if (diagnostics.has_errors()) {
    std::cerr << source_dir << ": " << diagnostics.error_count() << " error(s), "
              << diagnostics.warning_count() << " warning(s); nothing was written\n";
    return false;
  }
  if (diagnostics.warning_count() > 0) {
    std::cerr << source_dir << ": " << diagnostics.warning_count() << " warning(s)\n";
  }
  return true;
}

std::set<char32_t> characters_to_draw(const Dataset& dataset,
                                      const std::vector<std::string>& ui_text_files) {
  std::set<char32_t> chars;
  for (char32_t c = 0x20; c < 0x7F; ++c) chars.insert(c);  // ASCII: ids, codes, dates, typing
  auto add = [&](const std::string& text) { collect_characters(text, &chars); };
  add(dataset.name);
  add(dataset.title);
  for (const Body& b : dataset.bodies) {
    for (const std::string* s : {&b.name, &b.short_name, &b.rank}) add(*s);
  }
  for (const BodyDuties& d : dataset.duties) {
    add(d.setup);
    add(d.source.doc_no);
    add(d.source.title);
    for (const DutyClause& c : d.clauses) add(c.text);
  }
  for (const auto& category : body_categories()) add(std::string(category.name));
  for (const auto& path : ui_text_files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read interface text " + path);
    std::ostringstream text;
    text << in.rdbuf();
    add(text.str());
  }
  return chars;
}

std::string hex_code_point(char32_t cp) {
  std::ostringstream out;
  out << "U+" << std::hex << std::uppercase << std::uint32_t(cp);
  return out.str();
}

}  // namespace

int run_check(const BuildOptions& options) {
  Dataset dataset;
  if (!read_checked(options.source_dir, &dataset)) return 1;
  std::cout << options.source_dir << ": ok, " << dataset.bodies.size() << " bodies, "
            << dataset.duties.size() << " with duties\n";
  return 0;
}

int run_build(const BuildOptions& options) {
  Dataset dataset;
  if (!read_checked(options.source_dir, &dataset)) return 1;
  try {
    DatabaseImage image = write_database_image(dataset);
    FontSubset font = subset_font(options.font_path, options.font_face,
                                  characters_to_draw(dataset, options.ui_text_files));
    if (!font.missing.empty()) {
      std::string list;
      for (char32_t cp : font.missing) list += " " + hex_code_point(cp);
      std::cerr << options.font_path << ": error: no glyph for" << list
                << "; nothing was written (hint: choose a font that covers them)\n";
      return 1;
    }
    Publication publication;
    publication.compressed_bundle = compress_bundle(image.bytes.data(), image.bytes.size());
    publication.font = std::move(font.bytes);
    Manifest& m = publication.manifest;
    m.schema_version = kBundleSchemaVersion;
    m.raw_bytes = image.bytes.size();
    m.font_glyphs = font.glyphs;
    m.counts = image.counts;
    m.dataset = dataset.name;
    m.title = dataset.title;
    m.sample = dataset.sample;
    m.data_date = dataset.data_date;
    m.builder = std::string("dutyatlas ") + kVersion;
    Manifest written = publish(options.out_dir, std::move(publication));
    std::cout << "wrote " << options.out_dir << "/" << written.bundle.file << " ("
              << written.bundle.bytes << " bytes, " << written.raw_bytes << " raw), "
              << written.font.file << " (" << written.font.bytes << " bytes, "
              << written.font_glyphs << " glyphs), manifest.json\n";
    for (const auto& [kind, count] : written.counts) std::cout << "  " << kind << ": " << count << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "; the output folder was left as it was\n";
    return 1;
  }
}

}  // namespace dutyatlas::builder
