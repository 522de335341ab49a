// The build pipeline: read and check the sources, write the database image, compress it, cut
// the font, publish. Nothing reaches the output folder unless every step succeeded.
#include "build_command.h"

#include <algorithm>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "builder/bundle_writer.h"
#include "builder/edition_output.h"
#include "builder/font_subset.h"
#include "builder/glyph_check.h"
#include "builder/publish.h"
#include "builder/source_reader.h"
#include "builder/version.h"
#include "core/bundle/bundle_schema.h"
#include "core/history/duty_compare.h"
#include "core/bundle/duty_database.h"
#include "core/audit/audit_print.h"
#include "core/history/change_kind.h"
#include "core/history/history_queries.h"
#include "core/lists/list_query.h"
#include "core/diff/publication_diff.h"
#include "core/edition/edition_paths.h"

namespace dutyatlas::builder {
namespace {

void print_diagnostics(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.all()) std::cerr << format_diagnostic(d) << "\n";
  for (const auto& d : diagnostics.omitted()) std::cerr << format_diagnostic(d) << "\n";
}

std::set<char32_t> characters_to_draw(const Dataset& dataset,
                                      const std::vector<std::string>& ui_text_files);

// Reads and checks, the font's coverage too (so `check` and `build` agree); prints every
// problem. Returns false if there was any error.
bool read_checked(const BuildOptions& options, Source* source) {
  const std::string& source_dir = options.source_dir;
  Diagnostics diagnostics;
  *source = read_source_folder(source_dir, &diagnostics);
  try {
    check_glyphs(source_dir, characters_to_draw(source->dataset, options.ui_text_files),
                 options.font_path, options.font_face, &diagnostics);
  } catch (const std::exception& e) {  // an interface text file that cannot be read
    std::cerr << "error: " << e.what() << "; nothing was written\n";
    return false;
  }
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

// Every character the client may have to draw: all text of the publication and the interface.
std::set<char32_t> characters_to_draw(const Dataset& dataset,
                                      const std::vector<std::string>& ui_text_files) {
  std::set<char32_t> chars;
  for (char32_t c = 0x20; c < 0x7F; ++c) chars.insert(c);  // ASCII: ids, codes, dates, typing
  auto add = [&](const std::string& text) { collect_characters(text, &chars); };
  auto add_all = [&](const std::vector<std::string>& texts) {
    for (const auto& t : texts) add(t);
  };
  add(dataset.name);
  add(dataset.title);
  for (const Body& b : dataset.bodies) {
    for (const std::string* s : {&b.name, &b.short_name, &b.rank}) add(*s);
  }
  for (const Contact& c : dataset.contacts) {
    for (const ContactPhone& p : c.phones) add(p.label + p.number);
    for (const std::string* s : {&c.address, &c.hours, &c.website, &c.service_hall}) add(*s);
  }
  for (const Document& d : dataset.documents) {
    for (const std::string* s : {&d.doc_no, &d.title, &d.issuer, &d.text}) add(*s);
    for (const DutyChange& c : d.changes) add(c.text);
  }
  for (const Sanding& s : dataset.sandings) {
    add(s.setup);
    add_all(s.duties);
    add_all(s.transformation);
    for (const auto& division : s.divisions) {
      add(division.name);
      add_all(division.duties);
    }
    for (const auto& leader : s.staffing.leaders) add(leader.title);
    for (const auto& boundary : s.boundaries) add(boundary.text);
  }
  for (const PowerItem& p : dataset.powers) {
    for (const std::string* s : {&p.code, &p.name, &p.sub_name, &p.type, &p.basis,
                                 &p.service_unit, &p.time_limit, &p.fee_basis}) {
      add(*s);
    }
    for (const auto& [column, value] : p.extra) add(column + value);
  }
  for (const ResponsibilityItem& r : dataset.responsibilities) {
    for (const std::string* s : {&r.stage, &r.duty, &r.accountability}) add(*s);
  }
  for (const TaskList& l : dataset.task_lists) {
    add(l.name);
    for (const TaskItem& t : l.items) add(t.task + t.basis);
  }
  for (const DivisionMatter& m : dataset.division_matters) {
    add(m.code + m.group + m.name);
    for (const auto& stage : m.stages) add(stage.stage + stage.basis);
  }
  for (const Keyword& k : dataset.keywords) add(k.word);
  for (const SynonymGroup& g : dataset.synonyms) {
    add(g.word);
    add_all(g.alternatives);
  }
  for (const auto& category : body_categories()) add(std::string(category.name));
  // A folder stands for every file in it (web/ui_text/: one file of strings per module).
  std::vector<std::string> files;
  for (const auto& path : ui_text_files) {
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> inside;
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
      if (entry.is_regular_file()) inside.push_back(entry.path().string());
    }
    std::sort(inside.begin(), inside.end());
    files.insert(files.end(), inside.begin(), inside.end());
  }
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read interface text " + path);
    std::ostringstream text;
    text << in.rdbuf();
    add(text.str());
  }
  return chars;
}

// The words core makes for the client out of the data — list names and column labels, the kinds
// of change and of comparison, the audit's findings — added whether or not the data's own text happens to hold them.
void add_core_labels(const DatabaseImage& image, std::set<char32_t>* chars) {
  std::string error;
  std::unique_ptr<DutyDatabase> db = DutyDatabase::open_image(image.bytes.data(), image.bytes.size(), &error);
  if (!db) throw std::runtime_error("cannot read back the database just written: " + error);
  for (const ListKindInfo& kind : list_kinds(*db)) {
    collect_characters(kind.name, chars);
    std::vector<ListColumn> columns;
    if (!list_columns(*db, kind.kind, &columns, &error)) continue;
    for (const ListColumn& column : columns) collect_characters(column.label, chars);
  }
  for (CompareKind kind : kCompareKinds) collect_characters(std::string(compare_kind_label(kind)), chars);
  for (ChangeKind kind : kChangeKinds) collect_characters(std::string(change_kind_label(kind)), chars);
  // 职责体检 (#/audit) shows the audit's own sentences (其职责可能交叉, 同时列入权力清单 …) and
  // labels: the report of this very data, so every character the view draws is in the font.
  collect_characters(audit_to_json(audit_publication(*db)).dump(), chars);
}

// The publication already in `out_dir`, if there is one, opened before publish() replaces it.
// Sets *note to the line to print instead of a summary when it exists but cannot be read.
std::unique_ptr<DutyDatabase> open_previous(const std::string& out_dir, std::string* note) {
  std::error_code ec;
  if (!std::filesystem::exists(std::filesystem::path(out_dir) / "manifest.json", ec)) return nullptr;
  Manifest manifest;
  std::string error;
  auto db = open_bundle_dir(out_dir, &manifest, &error);
  if (!db) *note = "与上次发布相比：无法读取上次发布（" + error + "），不作比较。";
  return db;
}

// "与上次发布相比：" and a count line per kind of change (publication_diff.h).
void print_changes(const DutyDatabase& previous, const DatabaseImage& image) {
  std::string error;
  auto current = DutyDatabase::open_image(image.bytes.data(), image.bytes.size(), &error);
  if (!current) {
    std::cout << "与上次发布相比：无法打开本次发布的数据库（" << error << "），不作比较。\n";
    return;
  }
  std::cout << "与上次发布相比：\n"
            << diff_to_text(diff_publications(previous, *current), DiffDetail::kCounts);
}

// Stages the HTML edition for publish() and says what it holds; warns when it can have no
// sitemap (dataset.json names no base_url).
void stage_edition_for(const DatabaseImage& image, const BuildOptions& options,
                       const std::string& base_url, Publication* publication) {
  std::string error;
  auto db = DutyDatabase::open_image(image.bytes.data(), image.bytes.size(), &error);
  if (!db) throw std::runtime_error("cannot read back the database just written: " + error);
  StagedEdition staged = stage_edition(*db, options.out_dir, base_url);
  publication->staged_edition = staged.dir;
  if (!staged.sitemap) {
    std::cerr << options.source_dir << "/dataset.json: warning: no base_url: the HTML edition has "
              << "no sitemap.xml or robots.txt (hint: \"base_url\": the address of the site's "
              << "root, e.g. \"https://duty.example.gov.cn/\")\n";
  }
  std::ostringstream seconds;
  seconds.precision(2);
  seconds << std::fixed << staged.seconds;
  std::cout << "wrote " << options.out_dir << "/" << kEditionFolder << "/ (HTML edition: "
            << staged.stats.pages << " pages, " << staged.stats.bytes << " bytes in "
            << staged.stats.files << " files, " << seconds.str() << " s"
            << (staged.sitemap ? ", sitemap.xml and robots.txt" : "") << ")\n";
}

// The typing font, cut in pieces of consecutive code points so that a reader who types a few
// characters fetches a few pieces (~15 kB each, compressed), not all of them (5,874 characters
// for the demo).
constexpr std::size_t kTypingPieceCharacters = 128;

struct TypingFont {
  std::vector<std::vector<std::uint8_t>> files;
  std::vector<TypingFontPiece> pieces;  // ranges and glyph counts; publish() names the files
  std::size_t bytes = 0, glyphs = 0, missing = 0;
};

TypingFont cut_typing_font(const BuildOptions& options, const std::set<char32_t>& characters) {
  TypingFont font;
  std::set<char32_t> piece_characters;
  auto cut = [&] {
    FontSubset subset = subset_font(options.font_path, options.font_face, piece_characters);
    font.missing += subset.missing.size();
    if (subset.missing.size() < piece_characters.size()) {
      TypingFontPiece piece;
      piece.first = *piece_characters.begin();
      piece.last = *piece_characters.rbegin();
      piece.glyphs = subset.glyphs;
      font.bytes += subset.bytes.size();
      font.glyphs += subset.glyphs;
      font.pieces.push_back(piece);
      font.files.push_back(std::move(subset.bytes));
    }
    piece_characters.clear();
  };
  for (char32_t cp : characters) {
    if (cp > 0xFFFF) continue;  // the client draws the Basic Multilingual Plane only
    piece_characters.insert(cp);
    if (piece_characters.size() == kTypingPieceCharacters) cut();
  }
  if (!piece_characters.empty()) cut();
  return font;
}

}  // namespace

int run_check(const BuildOptions& options) {
  Source source;
  if (!read_checked(options, &source)) return 1;
  const Dataset& d = source.dataset;
  std::cout << options.source_dir << ": ok, " << d.bodies.size() << " bodies, "
            << d.sandings.size() << " 三定, " << d.documents.size() << " documents, "
            << d.powers.size() << " powers\n";
  return 0;
}

int run_build(const BuildOptions& options) {
  Source source;
  if (!read_checked(options, &source)) return 1;
  const Dataset& dataset = source.dataset;
  try {
    DatabaseImage image = write_database_image(dataset, source.history, source.lexicon);
    std::set<char32_t> drawn = characters_to_draw(dataset, options.ui_text_files);
    add_core_labels(image, &drawn);
    FontSubset font = subset_font(options.font_path, options.font_face, drawn);
    if (!font.missing.empty()) {
      std::string list;
      for (char32_t cp : font.missing) list += " " + code_point_label(cp);
      std::cerr << options.font_path << ": error: no glyph for" << list
                << "; nothing was written (hint: build with --font FILE, a font that covers them)\n";
      return 1;
    }
    // What a person may type beyond the data: GB2312, in pieces fetched when typed.
    std::set<char32_t> typing;
    for (char32_t cp : gb2312_characters()) {
      if (!drawn.count(cp)) typing.insert(cp);
    }
    TypingFont typing_font = cut_typing_font(options, typing);
    if (typing_font.missing > 0) {
      std::cerr << options.font_path << ": warning: " << typing_font.missing
                << " GB2312 characters have no glyph; they cannot be drawn when typed\n";
    }
    Publication publication;
    publication.compressed_bundle = compress_bundle(image.bytes.data(), image.bytes.size());
    publication.font = std::move(font.bytes);
    publication.typing_fonts = std::move(typing_font.files);
    Manifest& m = publication.manifest;
    m.schema_version = kBundleSchemaVersion;
    m.raw_bytes = image.bytes.size();
    m.font_glyphs = font.glyphs;
    m.typing_fonts = std::move(typing_font.pieces);
    m.counts = image.counts;
    m.dataset = dataset.name;
    m.title = dataset.title;
    m.sample = dataset.sample;
    m.data_date = dataset.data_date;
    m.builder = std::string("dutyatlas ") + kVersion;
  m.embed_origins = source.embed_origins;
  m.dispatch_url = source.dispatch_url;
    std::string previous_note;
    std::unique_ptr<DutyDatabase> previous = open_previous(options.out_dir, &previous_note);
    if (options.edition) stage_edition_for(image, options, source.base_url, &publication);
    Manifest written = publish(options.out_dir, std::move(publication));
    std::cout << "wrote " << options.out_dir << "/" << written.bundle.file << " ("
              << written.bundle.bytes << " bytes, " << written.raw_bytes << " raw), "
              // Characters and glyphs differ: WenQuanYi builds many ideographs from component
              // glyphs, which the subset carries too (about 1.9 glyphs per character).
              << written.font.file << " (" << written.font.bytes << " bytes, " << drawn.size()
              << " characters in " << written.font_glyphs << " glyphs), "
              << written.typing_fonts.size() << " typing-font pieces (" << typing_font.bytes
              << " bytes, " << typing.size() - typing_font.missing << " characters in "
              << typing_font.glyphs << " glyphs for typing: GB2312 "
              << gb2312_characters().size() - typing_font.missing << "/" << gb2312_characters().size()
              << " covered), manifest.json\n";
    for (const auto& [kind, count] : written.counts) std::cout << "  " << kind << ": " << count << "\n";
    if (previous) print_changes(*previous, image);
    if (!previous_note.empty()) std::cout << previous_note << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::error_code ignored;  // a staged edition not yet renamed into place
    std::filesystem::remove_all(std::filesystem::path(options.out_dir) / kStagedEditionFolder, ignored);
    std::cerr << "error: " << e.what() << "; the output folder was left as it was\n";
    return 1;
  }
}

}  // namespace dutyatlas::builder
