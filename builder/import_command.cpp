// `dutyatlas import sanding|document` (see import_command.h).
#include "builder/import_command.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "builder/docx_paragraphs.h"
#include "builder/document_import.h"
#include "builder/sanding_import.h"
#include "builder/source_file.h"
#include "builder/source_writer.h"
#include "builder/usage.h"

namespace dutyatlas::builder {
namespace {

namespace fs = std::filesystem;

const char* const kImportUsage =
    "usage:\n"
    "  dutyatlas import sanding FILE.docx --body ID --document 文号 [--source DIR] [-o FILE.json]\n"
    "  dutyatlas import document FILE.docx [--document 文号] [--title T] [--issuer T] [--issued YYYY-MM-DD]\n"
    "                                      [--effective YYYY-MM-DD] [--kind KIND] [-o FILE.json]\n"
    "  (--source DIR: the source folder whose bodies.json names the bodies of 职责分工)\n";

struct ImportOptions {
  std::string kind;  // sanding or document
  std::string file, out, source;
  std::map<std::string, std::string> values;  // --body, --document, --title …
};

bool parse_options(const std::vector<std::string>& args, ImportOptions* o, std::string* error) {
  static const std::vector<std::string> kValued = {"--body", "--document", "--title", "--issuer",
                                                   "--issued", "--effective", "--kind"};
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    bool valued = arg == "-o" || arg == "--out" || arg == "--source" ||
                  std::find(kValued.begin(), kValued.end(), arg) != kValued.end();
    if (valued && i + 1 >= args.size()) {
      *error = arg + " needs a value";
      return false;
    }
    if (arg == "-o" || arg == "--out") {
      o->out = args[++i];
    } else if (arg == "--source") {
      o->source = args[++i];
    } else if (valued) {
      o->values[arg.substr(2)] = args[++i];
    } else if (!arg.empty() && arg[0] == '-') {
      *error = "unknown option " + arg;
      return false;
    } else if (o->file.empty()) {
      o->file = arg;
    } else {
      *error = "unexpected argument " + arg;
      return false;
    }
  }
  if (o->file.empty()) *error = "missing FILE.docx";
  return error->empty();
}

// The .docx's paragraphs, or nullopt with the message printed.
std::optional<std::vector<DocxParagraph>> read_paragraphs(const std::string& file) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    std::cerr << file << ": error: " << (fs::exists(file, ec) ? "not a regular file" : "no such file") << "\n";
    return std::nullopt;
  }
  if (fs::file_size(file, ec) > kMaxSourceFileBytes) {
    std::cerr << file << ": error: larger than the builder reads (" << (kMaxSourceFileBytes >> 20) << " MB)\n";
    return std::nullopt;
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) {
    std::cerr << file << ": error: cannot be read\n";
    return std::nullopt;
  }
  std::string problem;
  auto paragraphs = read_docx_paragraphs(bytes.str(), &problem);
  if (!paragraphs) std::cerr << file << ": error: the file is not a readable Word document: " << problem << "\n";
  return paragraphs;
}

// The bodies a 三定 may name, from DIR/bodies.json and DIR/dataset.json's district name; false
// with the message printed if they cannot be read.
bool read_aliases(const std::string& dir, std::vector<BodyAlias>* aliases, std::vector<std::string>* ids) {
  auto load = [&](const char* name, nlohmann::json* json) {
    std::ifstream in(fs::path(dir) / name, std::ios::binary);
    std::ostringstream text;  // read whole, then parsed: a stream parses a character at a time
    text << in.rdbuf();
    *json = nlohmann::json::parse(text.str(), nullptr, false);
    if (!in.is_open() || json->is_discarded() || !json->is_object()) {
      std::cerr << (fs::path(dir) / name).string() << ": error: cannot be read as JSON (hint: dutyatlas check " << dir << ")\n";
      return false;
    }
    return true;
  };
  nlohmann::json dataset, bodies;
  if (!load("dataset.json", &dataset) || !load("bodies.json", &bodies)) return false;
  std::string district = dataset.value("name", "");
  for (const auto& b : bodies.value("bodies", nlohmann::json::array())) {
    if (!b.is_object()) continue;
    Body body;
    body.id = b.value("id", "");
    body.name = b.value("name", "");
    body.short_name = b.value("short_name", "");
    if (body.id.empty() || body.name.empty()) continue;
    ids->push_back(body.id);
    add_body_aliases(body, district, aliases);
  }
  return true;
}

void print_notes(const std::string& file, const std::vector<ImportNote>& notes, const char* kind) {
  for (const ImportNote& n : notes) {
    std::cerr << file << ": ";
    if (n.paragraph > 0) std::cerr << "paragraph " << n.paragraph << ": ";
    std::cerr << kind << ": " << n.message << "\n";
  }
}

// The JSON to -o FILE through a temporary file renamed into place, or to stdout.
int write_result(const ImportOptions& o, const nlohmann::ordered_json& json) {
  std::string text = json.dump(2, ' ', false) + "\n";
  if (o.out.empty()) {
    std::cout << text;
    return 0;
  }
  fs::path out(o.out), temp = out;
  temp += ".import-tmp";
  std::error_code ec;
  {
    std::ofstream file(temp, std::ios::binary | std::ios::trunc);
    file.write(text.data(), std::streamsize(text.size()));
    file.close();
    if (file) fs::rename(temp, out, ec);
    if (!file || ec) {
      fs::remove(temp, ec);
      std::cerr << o.out << ": error: cannot be written; nothing was written\n";
      return 1;
    }
  }
  std::cerr << "wrote " << o.out << "\n";
  return 0;
}

std::string staffing_summary(const Staffing& s) {
  std::string out;
  auto figure = [&](const char* what, int n) {
    if (n >= 0) out += (out.empty() ? "" : ", ") + std::string(what) + " " + std::to_string(n);
  };
  figure("行政编制", s.administrative);
  figure("事业编制", s.career);
  figure("工勤编制", s.service);
  if (!s.leaders.empty()) {
    out += (out.empty() ? "" : "; ") + std::string("领导职数");
    for (std::size_t i = 0; i < s.leaders.size(); ++i) {
      out += (i ? ", " : " ") + s.leaders[i].title + " " + std::to_string(s.leaders[i].count);
    }
  }
  return out.empty() ? "none" : out;
}

int import_sanding_file(const ImportOptions& o) {
  std::string body = o.values.count("body") ? o.values.at("body") : "";
  std::string doc_no = o.values.count("document") ? o.values.at("document") : "";
  if (body.empty() || doc_no.empty()) return usage_error("import sanding needs --body ID and --document 文号", kImportUsage);
  std::vector<BodyAlias> aliases;
  std::vector<std::string> ids;
  if (!o.source.empty()) {
    if (!read_aliases(o.source, &aliases, &ids)) return 1;
    if (std::find(ids.begin(), ids.end(), body) == ids.end()) {
      std::cerr << o.file << ": error: --body " << body << " is not a body of " << o.source << "/bodies.json; nothing was written\n";
      return 1;
    }
  }
  auto paragraphs = read_paragraphs(o.file);
  if (!paragraphs) return 1;
  SandingImport result = import_sanding(*paragraphs, body, doc_no, aliases);
  const Sanding& s = result.sanding;
  std::cerr << o.file << ": 三定 of " << body << " (" << doc_no << "), " << paragraphs->size() << " paragraphs:\n"
            << "  机构设置  " << result.setup_paragraphs << " paragraph(s)\n"
            << "  主要职责  " << s.duties.size() << " duties\n"
            << "  职能转变  " << s.transformation.size() << " paragraph(s)\n"
            << "  内设机构  " << s.divisions.size() << " divisions with " << result.division_duties << " duties\n"
            << "  人员编制  " << staffing_summary(s.staffing) << "\n"
            << "  职责分工  " << s.boundaries.size() << "\n"
            << "  附则      " << result.annex_paragraphs << " paragraph(s), not in the JSON\n"
            << "  empty     " << result.empty_paragraphs << " paragraph(s)\n"
            << "  not placed " << result.unplaced.size() << " paragraph(s)\n";
  print_notes(o.file, result.notes, "note");
  print_notes(o.file, result.unplaced, "not placed");
  for (const std::string& e : result.errors) std::cerr << o.file << ": error: " << e << "\n";
  if (!result.errors.empty()) {
    std::cerr << o.file << ": " << result.errors.size() << " error(s); nothing was written\n";
    return 1;
  }
  return write_result(o, sanding_json(s));
}

int import_document_file(const ImportOptions& o) {
  Document given;
  auto value = [&](const char* key) { return o.values.count(key) ? o.values.at(key) : std::string(); };
  given.doc_no = value("document");
  given.title = value("title");
  given.issuer = value("issuer");
  given.issued = value("issued");
  given.effective = value("effective");
  given.kind = value("kind");
  auto paragraphs = read_paragraphs(o.file);
  if (!paragraphs) return 1;
  DocumentImport result = import_document(*paragraphs, given);
  const Document& d = result.document;
  std::cerr << o.file << ": document, " << paragraphs->size() << " paragraphs: 文号 " << d.doc_no << ", kind "
            << d.kind << ", issued " << d.issued << ", effective " << d.effective << "\n";
  print_notes(o.file, result.notes, "note");
  print_notes(o.file, result.unplaced, "not placed");
  std::cerr << o.file << ": note: the changes it makes (add, remove, reword, transfer) are not read from its "
               "prose: add them to \"changes\" by hand (docs/source-format.md)\n";
  for (const std::string& e : result.errors) std::cerr << o.file << ": error: " << e << "\n";
  if (!result.errors.empty()) {
    std::cerr << o.file << ": " << result.errors.size() << " error(s); nothing was written\n";
    return 1;
  }
  return write_result(o, document_json(d));
}

}  // namespace

int run_import(const std::vector<std::string>& args) {
  if (args.empty() || (args[0] != "sanding" && args[0] != "document")) {
    return usage_error("import takes sanding or document", kImportUsage);
  }
  ImportOptions options;
  std::string error;
  if (!parse_options(args, &options, &error)) return usage_error(error, kImportUsage);
  return args[0] == "sanding" ? import_sanding_file(options) : import_document_file(options);
}

}  // namespace dutyatlas::builder
