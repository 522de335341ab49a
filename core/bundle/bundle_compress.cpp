// The writing half of the bundle format: zstd compression. Native only; the wasm client
// carries just the decompressor (see bundle_reader.cpp).
#include <zstd.h>

#include <stdexcept>

#include "core/bundle/bundle_format.h"

namespace dutyatlas {

std::vector<std::uint8_t> compress_bundle(const std::uint8_t* raw, std::size_t size) {
  std::vector<std::uint8_t> out(ZSTD_compressBound(size));
  // The one-shot API records the content size in the frame header, so a reader can check it
  // against the manifest before allocating the database buffer.
  int level = size > kLargeBundleBytes ? kLargeBundleCompressionLevel : kBundleCompressionLevel;
  std::size_t n = ZSTD_compress(out.data(), out.size(), raw, size, level);
  if (ZSTD_isError(n)) throw std::runtime_error(std::string("zstd: ") + ZSTD_getErrorName(n));
  out.resize(n);
  return out;
}

}  // namespace dutyatlas
