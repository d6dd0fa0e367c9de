// consul-template's ParseTemplateConfig (config/template.go): the -template value split by the
// regular expression `([a-zA-Z]:)?([^:]+)`, find-all, leftmost-first.
#include "template_flag.h"

#include <stdexcept>

#include "hc/config/config.h"

namespace hc::config {
namespace detail {

namespace {
bool isAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
}  // namespace

std::vector<std::string> splitTemplateFlag(const std::string& s) {
  std::vector<std::string> parts;
  size_t i = 0, n = s.size();
  while (i < n) {
    if (s[i] == ':') {  // no match can start on a colon
      ++i;
      continue;
    }
    size_t start = i;
    // The optional drive letter group matches only when `X:` is followed by a non-colon,
    // otherwise `[^:]+` alone matches from the letter.
    size_t j = i;
    if (isAsciiLetter(s[i]) && i + 2 < n && s[i + 1] == ':' && s[i + 2] != ':') j = i + 2;
    while (j < n && s[j] != ':') ++j;
    parts.push_back(s.substr(start, j - start));
    i = j;
  }
  return parts;
}

TemplateConfig templateFromFlag(const std::string& value) {
  bool blank = value.find_first_not_of(" \t\n\v\f\r") == std::string::npos;
  std::vector<std::string> parts = blank ? std::vector<std::string>{} : splitTemplateFlag(value);
  if (parts.empty()) throw std::invalid_argument("template: cannot be empty");
  TemplateConfig t;
  t.source = parts[0];
  if (parts.size() >= 2) t.destination = parts[1];
  if (parts.size() >= 3) {
    std::string command = parts[2];
    for (size_t k = 3; k < parts.size(); ++k) command += ":" + parts[k];
    t.command = {command};
  }
  return t;
}

}  // namespace detail

TemplateConfig parseTemplateFlag(const std::string& value) {
  try {
    return detail::templateFromFlag(value);
  } catch (const std::invalid_argument& e) {
    throw FlagError(e.what());
  }
}

}  // namespace hc::config
