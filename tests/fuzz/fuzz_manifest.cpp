// The manifest parser (core/bundle/bundle_format.h) on any bytes: never crashes; what it accepts
// writes back to JSON that parses to the same manifest (sizes within the reader's bounds).
#include "core/bundle/bundle_format.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  std::string error;
  auto manifest = dutyatlas::parse_manifest(fuzz_text(data, size), &error);
  if (!manifest) {
    FUZZ_CHECK(!error.empty());  // a refusal always says why
    return 0;
  }
  FUZZ_CHECK(manifest->bundle.bytes <= dutyatlas::kMaxBundleBytes);
  std::string again_error;
  auto again = dutyatlas::parse_manifest(dutyatlas::manifest_to_json(*manifest), &again_error);
  FUZZ_CHECK(again.has_value());
  FUZZ_CHECK(dutyatlas::manifest_to_json(*again) == dutyatlas::manifest_to_json(*manifest));
  return 0;
}
