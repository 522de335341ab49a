// A publication folder or a source folder → an open DutyDatabase (publication_loader.h).
#include "builder/publication_loader.h"

#include <exception>
#include <filesystem>

#include "builder/bundle_writer.h"
#include "builder/diagnostics.h"
#include "builder/source_reader.h"

namespace dutyatlas::builder {

std::unique_ptr<DutyDatabase> load_publication(const std::string& dir, std::string* error,
                                               std::ostream& diagnostics, SearchIndexAt index) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    *error = dir + ": no such folder";
    return nullptr;
  }
  if (fs::exists(fs::path(dir) / "manifest.json", ec)) {
    Manifest manifest;
    std::string why;
    auto db = open_bundle_dir(dir, &manifest, &why, index);
    if (!db) *error = dir + ": cannot open the publication: " + why;
    return db;
  }
  if (fs::exists(fs::path(dir) / "dataset.json", ec)) {
    Diagnostics found;
    Source source = read_source_folder(dir, &found);
    if (found.has_errors()) {
      // Warnings are build's and check's business; here only what stops the comparison.
      for (const auto& d : found.all()) {
        if (d.severity == Diagnostic::Severity::kError) diagnostics << format_diagnostic(d) << "\n";
      }
      *error = dir + ": " + std::to_string(found.error_count()) +
               " error(s) in the sources; fix them first (dutyatlas check " + dir + ")";
      return nullptr;
    }
    try {
      DatabaseImage image = write_database_image(source.dataset, source.history, source.lexicon);
      std::string why;
      auto db = DutyDatabase::open_image(image.bytes.data(), image.bytes.size(), &why, index);
      if (!db) *error = dir + ": cannot open the database built from the sources: " + why;
      return db;
    } catch (const std::exception& e) {
      *error = dir + ": cannot build a database from the sources: " + e.what();
      return nullptr;
    }
  }
  *error = dir + ": neither a publication (no manifest.json) nor a source folder (no dataset.json)";
  return nullptr;
}

}  // namespace dutyatlas::builder
