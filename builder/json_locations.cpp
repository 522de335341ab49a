// A second, position-recording pass over a JSON text. See json_locations.h.
#include "json_locations.h"

#include <vector>

namespace dutyatlas::builder {
namespace {

class Scanner {
 public:
  Scanner(std::string_view text, std::map<std::string, TextPosition>* out)
      : text_(text), out_(out) {}

  void run() {
    skip_space();
    value("");
  }

 private:
  void value(const std::string& pointer) {
    skip_space();
    if (pos_ >= text_.size()) return;
    (*out_)[pointer] = {line_, column_};
    char c = text_[pos_];
    if (c == '{') {
      advance();
      skip_space();
      while (pos_ < text_.size() && text_[pos_] != '}') {
        std::string key = string_literal();
        skip_space();
        advance();  // ':'
        value(pointer + "/" + json_pointer_escape(key));
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == ',') advance(), skip_space();
      }
      advance();
    } else if (c == '[') {
      advance();
      skip_space();
      for (int index = 0; pos_ < text_.size() && text_[pos_] != ']'; ++index) {
        value(pointer + "/" + std::to_string(index));
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == ',') advance(), skip_space();
      }
      advance();
    } else if (c == '"') {
      string_literal();
    } else {
      while (pos_ < text_.size() && std::string_view(",]} \t\r\n").find(text_[pos_]) ==
                                        std::string_view::npos)
        advance();
    }
  }

  // Returns the raw (still escaped) content; keys in our files need no unescaping to match.
  std::string string_literal() {
    advance();  // opening quote
    std::string out;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      if (text_[pos_] == '\\') out.push_back(text_[pos_]), advance();
      out.push_back(text_[pos_]);
      advance();
    }
    advance();  // closing quote
    return out;
  }

  void skip_space() {
    while (pos_ < text_.size() && std::string_view(" \t\r\n").find(text_[pos_]) !=
                                      std::string_view::npos)
      advance();
  }

  void advance() {
    if (pos_ >= text_.size()) return;
    unsigned char c = static_cast<unsigned char>(text_[pos_++]);
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column_;  // count code points, not bytes: columns match what an editor shows
    }
  }

  std::string_view text_;
  std::map<std::string, TextPosition>* out_;
  std::size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
};

}  // namespace

std::string json_pointer_escape(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out.push_back(c);
  }
  return out;
}

JsonLocations::JsonLocations(std::string_view text) { Scanner(text, &positions_).run(); }

TextPosition JsonLocations::find(std::string pointer) const {
  while (true) {
    auto it = positions_.find(pointer);
    if (it != positions_.end()) return it->second;
    std::size_t slash = pointer.rfind('/');
    if (slash == std::string::npos) return {};
    pointer.resize(slash);
  }
}

}  // namespace dutyatlas::builder
