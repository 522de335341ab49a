// The source reader's running order (see source_context.h for the parts).
#include "builder/source_reader.h"

#include <algorithm>
#include <filesystem>

#include "builder/lexicon.h"
#include "builder/source_context.h"

namespace dutyatlas::builder {

std::vector<std::string> json_files_in(const std::string& dir, const std::string& folder) {
  namespace fs = std::filesystem;
  std::vector<std::string> names;
  fs::path path = fs::path(dir) / folder;
  if (!fs::is_directory(path)) return names;
  for (const auto& entry : fs::directory_iterator(path)) {
    // Not only regular files: a folder, link or device named x.json is reported when read,
    // never skipped without a word.
    if (entry.path().extension() == ".json") {
      names.push_back(folder + "/" + entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

Source read_source_folder(const std::string& dir, Diagnostics* diagnostics) {
  SourceContext context;
  context.dir = dir;
  context.diagnostics = diagnostics;
  if (!std::filesystem::is_directory(dir)) {
    diagnostics->error({{}, dir, 0, 0, "", "source folder does not exist",
                        "pass the folder holding dataset.json"});
    return {};
  }
  read_dataset_file(context);
  read_bodies_file(context);
  read_documents_folder(context);
  read_sanding_folder(context);
  check_history(context);
  read_lists(context);
  read_search_words(context);
  read_lexicon(context);
  return {std::move(context.dataset), std::move(context.history), std::move(context.base_url),
          std::move(context.embed_origins), std::move(context.dispatch_url), std::move(context.lexicon)};
}

}  // namespace dutyatlas::builder
