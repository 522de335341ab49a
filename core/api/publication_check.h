// Whether a downloaded publication (manifest, bundle, font) would load, checked without
// replacing the one in use: the client's background update check (site/updates.js) asks before
// offering 有新数据 · 点击更新, so a publication that fails its checks never replaces the last good
// one. The same steps as a first load — manifest, bundle size and SHA-256, decompression,
// schema, the data every view needs — and the font's size and SHA-256. Not for opening data to
// use (DutyDatabase::open_bundle) nor for checking source files (the builder).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dutyatlas {

// "" if the publication would load; otherwise the reason, in Chinese, for the reader.
std::string check_publication(std::string_view manifest_json, const std::uint8_t* bundle,
                              std::size_t bundle_size, const std::uint8_t* font,
                              std::size_t font_size);

}  // namespace dutyatlas
