// SHA-256 (FIPS 180-4) of a byte buffer, as lowercase hex.
//
// Used by the builder to name and seal a bundle and by the client to check what it downloaded.
// One small implementation so both sides agree without a crypto library; not for secrets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dutyatlas {

std::string sha256_hex(const std::uint8_t* data, std::size_t size);
inline std::string sha256_hex(std::string_view bytes) {
  return sha256_hex(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace dutyatlas
