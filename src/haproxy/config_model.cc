#include "hc/haproxy/config_model.h"

#include <algorithm>
#include <array>
#include <utility>

namespace hc::haproxy {
namespace {

struct KindName {
  SectionKind kind;
  std::string_view word;
};

constexpr std::array<KindName, 13> kSections = {{
    {SectionKind::Global, "global"},
    {SectionKind::Defaults, "defaults"},
    {SectionKind::Frontend, "frontend"},
    {SectionKind::Backend, "backend"},
    {SectionKind::Listen, "listen"},
    {SectionKind::Resolvers, "resolvers"},
    {SectionKind::Peers, "peers"},
    {SectionKind::Userlist, "userlist"},
    {SectionKind::Program, "program"},
    {SectionKind::HttpErrors, "http-errors"},
    {SectionKind::Ring, "ring"},
    {SectionKind::Cache, "cache"},
    {SectionKind::Mailers, "mailers"},
}};

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Appends the escape starting at text[i] == '\\'; returns the index of the last consumed char.
std::size_t unescape(std::string_view text, std::size_t i, std::string& out) {
  if (i + 1 >= text.size()) {  // a trailing backslash stays literal
    out += '\\';
    return i;
  }
  char c = text[i + 1];
  switch (c) {
    case 't':
      out += '\t';
      return i + 1;
    case 'r':
      out += '\r';
      return i + 1;
    case 'n':
      out += '\n';
      return i + 1;
    case 'x':
      if (i + 3 < text.size() && hexDigit(text[i + 2]) >= 0 && hexDigit(text[i + 3]) >= 0) {
        out += static_cast<char>(hexDigit(text[i + 2]) * 16 + hexDigit(text[i + 3]));
        return i + 3;
      }
      out += 'x';
      return i + 1;
    default:
      out += c;
      return i + 1;
  }
}

bool needsQuoting(const std::string& word) {
  if (word.empty()) return true;
  return word.find_first_of(" \t\r\n\"'#\\") != std::string::npos;
}

std::string quote(const std::string& word) {
  std::string out = "\"";
  for (char c : word) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string joinWords(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& w : words) {
    if (!text.empty()) text += ' ';
    text += needsQuoting(w) ? quote(w) : w;
  }
  return text;
}

constexpr std::array<std::string_view, 7> kNoPortPrefixes = {"unix@", "abns@", "fd@", "sockpair@",
                                                             "uxst@", "uxdg@", "/"};

bool hasNoPort(std::string_view word) {
  for (auto p : kNoPortPrefixes) {
    if (word.substr(0, p.size()) == p) return true;
  }
  return false;
}

ServerLine parseServer(const Line& line, bool isTemplate) {
  ServerLine s;
  s.isTemplate = isTemplate;
  s.line = line.line;
  const auto& w = line.words;
  std::size_t addrIndex = isTemplate ? 3 : 2;
  if (w.size() < 2) {
    throw ConfigModelError(line.line, "'" + w[0] + "' expects <name> and <addr>[:<port>]");
  }
  s.name = w[1];
  if (isTemplate) {
    if (w.size() < 3) {
      throw ConfigModelError(line.line,
                             "'server-template' expects <prefix> <num | range> <addr>[:<port>]");
    }
    s.count = w[2];
  }
  if (w.size() <= addrIndex || w[addrIndex].empty()) {
    throw ConfigModelError(
        line.line, "'" + w[0] + " " + s.name + "' expects <name> and <addr>[:<port>] as arguments");
  }
  splitAddress(w[addrIndex], s.address, s.port);
  s.keywords.assign(w.begin() + static_cast<std::ptrdiff_t>(addrIndex) + 1, w.end());
  return s;
}

}  // namespace

ConfigModelError::ConfigModelError(int line, const std::string& message)
    : std::runtime_error("line " + std::to_string(line) + ": " + message),
      line_(line),
      message_(message) {}

std::string_view sectionKeyword(SectionKind kind) {
  for (const auto& k : kSections) {
    if (k.kind == kind) return k.word;
  }
  return "?";
}

std::optional<SectionKind> sectionKindOf(std::string_view word) {
  for (const auto& k : kSections) {
    if (k.word == word) return k.kind;
  }
  return std::nullopt;
}

bool ServerLine::has(std::string_view flag) const {
  return std::find(keywords.begin(), keywords.end(), flag) != keywords.end();
}

std::optional<std::string> ServerLine::value(std::string_view keyword) const {
  for (std::size_t i = 0; i + 1 < keywords.size(); ++i) {
    if (keywords[i] == keyword) return keywords[i + 1];
  }
  return std::nullopt;
}

std::optional<std::vector<std::string>> Section::words(std::string_view keyword) const {
  for (const auto& l : lines) {
    if (!l.words.empty() && l.words[0] == keyword) {
      return std::vector<std::string>(l.words.begin() + 1, l.words.end());
    }
  }
  return std::nullopt;
}

std::vector<const Line*> Section::defaultServerLines() const {
  std::vector<const Line*> out;
  for (const auto& l : lines) {
    if (!l.words.empty() && l.words[0] == "default-server") out.push_back(&l);
  }
  return out;
}

bool Config::hasResolvers() const {
  return std::any_of(sections.begin(), sections.end(),
                     [](const Section& s) { return s.kind == SectionKind::Resolvers; });
}

const Section* Config::backend(std::string_view name) const {
  for (const auto& s : sections) {
    if (s.hasServers() && s.name == name) return &s;
  }
  return nullptr;
}

const Section* Config::defaultsFor(std::size_t index) const {
  if (index >= sections.size()) return nullptr;
  const auto& args = sections[index].args;
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] != "from") continue;
    for (std::size_t j = 0; j < index; ++j) {
      if (sections[j].kind == SectionKind::Defaults && sections[j].name == args[i + 1]) {
        return &sections[j];
      }
    }
    return nullptr;
  }
  for (std::size_t j = index; j-- > 0;) {
    if (sections[j].kind == SectionKind::Defaults) return &sections[j];
  }
  return nullptr;
}

BackendFacts backendFacts(const Config& config, std::size_t sectionIndex) {
  BackendFacts f;
  const Section& be = config.sections.at(sectionIndex);
  const Section* def = config.defaultsFor(sectionIndex);
  auto first = [&](std::string_view kw) -> std::optional<std::string> {
    for (const Section* s : {&be, def}) {
      if (s == nullptr) continue;
      auto w = s->words(kw);
      if (w && !w->empty()) return (*w)[0];
    }
    return std::nullopt;
  };
  if (auto b = first("balance")) f.balance = *b;
  if (auto h = first("hash-type")) f.hashType = *h;
  f.dynamic = f.balance == "roundrobin" || f.balance == "leastconn" || f.balance == "first" ||
              f.balance == "random" || f.hashType == "consistent";
  for (const Section* s : {def, &be}) {
    if (s == nullptr) continue;
    for (const Line* l : s->defaultServerLines()) {
      f.hasDefaultServer = true;
      f.defaultServer.insert(f.defaultServer.end(), l->words.begin() + 1, l->words.end());
    }
  }
  return f;
}

std::vector<std::string> tokenizeLine(std::string_view text, int lineNo) {
  std::vector<std::string> words;
  std::string cur;
  bool inWord = false;  // a word has started (possibly empty, e.g. "")
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ' ' || c == '\t') {
      if (inWord) words.push_back(std::move(cur));
      cur.clear();
      inWord = false;
    } else if (c == '#') {
      break;
    } else if (c == '\\') {
      i = unescape(text, i, cur);
      inWord = true;
    } else if (c == '"') {
      inWord = true;
      std::size_t j = i + 1;
      for (; j < text.size() && text[j] != '"'; ++j) {
        if (text[j] == '\\') {
          j = unescape(text, j, cur);
        } else {
          cur += text[j];
        }
      }
      if (j >= text.size()) throw ConfigModelError(lineNo, "unmatched double quote");
      i = j;
    } else if (c == '\'') {
      inWord = true;
      std::size_t end = text.find('\'', i + 1);
      if (end == std::string_view::npos) throw ConfigModelError(lineNo, "unmatched quote");
      cur.append(text.substr(i + 1, end - i - 1));
      i = end;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) words.push_back(std::move(cur));
  return words;
}

void splitAddress(std::string_view word, std::string& address, std::optional<std::string>& port) {
  port.reset();
  if (hasNoPort(word)) {
    address = std::string(word);
    return;
  }
  std::string_view prefix;
  auto at = word.find('@');
  if (at != std::string_view::npos) {
    prefix = word.substr(0, at + 1);
    word.remove_prefix(at + 1);
  }
  if (!word.empty() && word[0] == '[') {
    auto close = word.find(']');
    if (close != std::string_view::npos) {
      address = std::string(prefix) + std::string(word.substr(1, close - 1));
      std::string_view rest = word.substr(close + 1);
      if (rest.size() > 1 && rest[0] == ':') port = std::string(rest.substr(1));
      return;
    }
  }
  auto colon = word.rfind(':');
  if (colon == std::string_view::npos) {
    address = std::string(prefix) + std::string(word);
    return;
  }
  address = std::string(prefix) + std::string(word.substr(0, colon));
  if (colon + 1 < word.size()) port = std::string(word.substr(colon + 1));
}

Config parse(std::string_view text) {
  Config config;
  int lineNo = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::string_view raw =
        text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    ++lineNo;
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);

    Line line;
    line.line = lineNo;
    line.words = tokenizeLine(raw, lineNo);
    if (line.words.empty()) continue;
    line.text = joinWords(line.words);

    if (auto kind = sectionKindOf(line.words[0])) {
      Section s;
      s.kind = *kind;
      s.line = lineNo;
      if (line.words.size() > 1) s.name = line.words[1];
      if (line.words.size() > 2) s.args.assign(line.words.begin() + 2, line.words.end());
      config.sections.push_back(std::move(s));
      continue;
    }
    if (config.sections.empty()) {
      throw ConfigModelError(lineNo, "unknown keyword '" + line.words[0] + "' out of section");
    }
    Section& s = config.sections.back();
    if (s.hasServers() && (line.words[0] == "server" || line.words[0] == "server-template")) {
      s.servers.push_back(parseServer(line, line.words[0] == "server-template"));
    } else {
      s.lines.push_back(std::move(line));
    }
  }
  return config;
}

}  // namespace hc::haproxy
